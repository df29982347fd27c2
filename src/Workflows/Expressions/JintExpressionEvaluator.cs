using System.Globalization;
using System.Text.Json.Nodes;
using Acornima;
using Acornima.Ast;
using Fluid;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Native.Object;
using Jint.Runtime;

namespace LabFlow.Workflows.Expressions;

/// <summary>
/// Runs flow expressions: JavaScript through Jint in a sandbox (strict mode, no access to .NET, limits on
/// time, statements, memory and recursion) and Liquid templates through Fluid. Each script gets a fresh
/// engine, so nothing one script does is visible to the next.
/// </summary>
public sealed class JintExpressionEvaluator : IExpressionEvaluator
{
    private const string ScriptSource = "expression";

    private static readonly FluidParser TemplateParser = new();

    // A flow's scripts and templates are a small fixed set evaluated again and again (every lab, every burst), so
    // their parsed forms are kept. The bound keeps a designer typing many variants from growing the caches forever.
    private const int MaxCachedEntries = 2048;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Prepared<Script>> _scripts = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);

    private readonly ExpressionOptions _options;
    private readonly TemplateOptions _templateOptions;

    public JintExpressionEvaluator(ExpressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _templateOptions = new TemplateOptions
        {
            MaxSteps = options.TemplateMaxSteps,
            MaxRecursion = 16,
            CultureInfo = CultureInfo.InvariantCulture,
        };
    }

    public JsonNode? EvaluateScript(string script, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(scope);

        if (!_scripts.TryGetValue(script, out var prepared))
        {
            prepared = Prepare(script);
            Remember(_scripts, script, prepared);
        }

        try
        {
            var engine = CreateEngine(scope);
            var value = engine.Evaluate(prepared);
            return ToJson(engine, value);
        }
        catch (TimeoutException ex)
        {
            throw new ExpressionException(
                $"The script ran longer than {FormatSeconds(_options.TimeLimit)} and was stopped; check for an endless loop.", ex);
        }
        catch (StatementsCountOverflowException ex)
        {
            throw new ExpressionException(
                $"The script ran more than {_options.MaxStatements.ToString(CultureInfo.InvariantCulture)} statements and was stopped; check for an endless loop.", ex);
        }
        catch (MemoryLimitExceededException ex)
        {
            throw new ExpressionException(
                $"The script used more than {FormatMegabytes(_options.MemoryLimitBytes)} of memory and was stopped; check for a loop that builds ever larger values.", ex);
        }
        catch (RecursionDepthOverflowException ex)
        {
            throw new ExpressionException(
                $"The script nested function calls deeper than {_options.MaxRecursionDepth.ToString(CultureInfo.InvariantCulture)} levels and was stopped; check for a function that calls itself without end.", ex);
        }
        catch (JavaScriptException ex)
        {
            throw new ExpressionException($"The script failed: {DescribeError(ex)}", ex);
        }
    }

    public string RenderTemplate(string template, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(scope);

        if (!_templates.TryGetValue(template, out var parsed))
        {
            if (!TemplateParser.TryParse(template, out parsed, out var error))
            {
                throw new ExpressionException($"The template does not parse: {CleanTemplateError(error)}. Fix the Liquid template.");
            }

            Remember(_templates, template, parsed);
        }

        var context = new TemplateContext(_templateOptions) { Now = () => scope.Now };
        context.SetValue("inputs", ToTemplateValue(scope.Inputs));
        context.SetValue("vars", ToTemplateValue(scope.Variables));
        context.SetValue("tasks", ToTemplateValue(scope.Tasks));
        context.SetValue("lab", ToTemplateValue(scope.Lab));
        context.SetValue("now", scope.Now);
        try
        {
            return parsed.Render(context);
        }
        catch (InvalidOperationException ex)
        {
            // Fluid reports a broken step limit as an InvalidOperationException whose text speaks of recursion.
            throw new ExpressionException(
                $"The template took more than {_options.TemplateMaxSteps.ToString(CultureInfo.InvariantCulture)} steps and was stopped; check for a very long loop.", ex);
        }
    }

    public string? CheckScript(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        try
        {
            new Parser().ParseScript(script, ScriptSource, strict: true);
            return null;
        }
        catch (ParseErrorException ex)
        {
            return Describe(ex);
        }
    }

    public string? CheckTemplate(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return TemplateParser.TryParse(template, out _, out var error) ? null : CleanTemplateError(error);
    }

    private static Prepared<Script> Prepare(string script)
    {
        try
        {
            return Engine.PrepareScript(script, ScriptSource, strict: true);
        }
        catch (ScriptPreparationException ex) when (ex.InnerException is ParseErrorException parseError)
        {
            throw new ExpressionException($"The script does not parse: {Describe(parseError)}. Fix the JavaScript.", ex);
        }
    }

    private static void Remember<T>(System.Collections.Concurrent.ConcurrentDictionary<string, T> cache, string key, T value)
    {
        if (cache.Count >= MaxCachedEntries)
        {
            cache.Clear();
        }

        cache.TryAdd(key, value);
    }

    private Engine CreateEngine(ExpressionScope scope)
    {
        var engine = new Engine(options =>
        {
            options.Strict();
            options.TimeoutInterval(_options.TimeLimit);
            if (_options.MaxStatements > 0)
            {
                options.MaxStatements(_options.MaxStatements);
            }

            options.LimitMemory(_options.MemoryLimitBytes);
            options.LimitRecursion(_options.MaxRecursionDepth);
            options.LocalTimeZone(TimeZoneInfo.Utc);
            options.Culture(CultureInfo.InvariantCulture);
        });

        engine.Execute(ScriptPrelude.Prepared);
        var parser = new JsonParser(engine);
        engine.SetValue("inputs", parser.Parse(scope.Inputs.ToJsonString()));
        engine.SetValue("vars", parser.Parse(scope.Variables.ToJsonString()));
        engine.SetValue("tasks", parser.Parse(scope.Tasks.ToJsonString()));
        engine.SetValue("lab", parser.Parse(scope.Lab.ToJsonString()));
        engine.SetValue("now", engine.Construct("Date", scope.Now.ToUnixTimeMilliseconds()));
        return engine;
    }

    private static JsonNode? ToJson(Engine engine, JsValue value)
    {
        // JSON.stringify gives JavaScript's own answer for every value: dates become ISO 8601 strings,
        // undefined and functions become nothing, NaN becomes null.
        var json = new JsonSerializer(engine).Serialize(value);
        return json.IsString() ? JsonNode.Parse(json.AsString()) : null;
    }

    private static string Describe(ParseErrorException error) =>
        string.Create(CultureInfo.InvariantCulture, $"{error.Description} (line {error.LineNumber}, column {error.Column + 1})");

    private static string DescribeError(JavaScriptException exception)
    {
        if (exception.Error is ObjectInstance error && error.Get("name") is JsString name)
        {
            return $"{name}: {exception.Message}";
        }

        return exception.Message;
    }

    private static string CleanTemplateError(string error)
    {
        // Fluid appends the whole template after "Source:"; the position in the first line is enough.
        var sourceAt = error.IndexOf("\nSource:", StringComparison.Ordinal);
        return (sourceAt >= 0 ? error[..sourceAt] : error).Trim();
    }

    private static string FormatSeconds(TimeSpan time) =>
        string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.###} s");

    private static string FormatMegabytes(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.##} MB");

    private static object ToTemplateNumber(string number) =>
        decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? exact
            : double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static object? ToTemplateValue(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToTemplateValue(p.Value), StringComparer.Ordinal),
        JsonArray array => array.Select(ToTemplateValue).ToList(),
        _ => node.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => node.GetValue<string>(),
            System.Text.Json.JsonValueKind.True => true,
            System.Text.Json.JsonValueKind.False => false,
            System.Text.Json.JsonValueKind.Number => ToTemplateNumber(node.ToJsonString()),
            _ => null,
        },
    };
}
