using Microsoft.Extensions.Options;

namespace LabFlow.Host.Configuration;

/// <summary>
/// Validates every options class registered with <c>ValidateOnStart</c> before LabFlow touches its database, so a
/// wrong setting stops start-up with one line per wrong setting instead of an exception's stack trace from
/// <c>RunAsync</c> after the database has already been migrated.
/// </summary>
internal sealed partial class StartupSettingsCheck(IStartupValidator validator, ILogger<StartupSettingsCheck> logger)
{
    /// <summary><c>false</c> (after logging every wrong setting by name) when start-up must stop.</summary>
    public bool Passes()
    {
        try
        {
            validator.Validate();
            return true;
        }
        catch (OptionsValidationException exception)
        {
            LogFailures(exception.Failures);
            return false;
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            // Several options classes wrong at once: the validator throws them together.
            LogFailures(exception.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures));
            return false;
        }
    }

    private void LogFailures(IEnumerable<string> failures)
    {
        foreach (var failure in failures)
        {
            LogInvalidSetting(failure);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "LabFlow did not start: {SettingError}")]
    private partial void LogInvalidSetting(string settingError);
}
