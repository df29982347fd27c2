using LabFlow.Activities.Messages;

namespace LabFlow.Host.Api;

/// <summary>A problem details answer written in the caller's language when it executes, carrying the message's code.</summary>
internal sealed class CodedProblemResult(CodedMessage detail, int status) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var language = ApiLanguage.Of(httpContext);
        var problem = TypedResults.Problem(
            detail: detail.In(language),
            statusCode: status,
            title: ApiProblems.TitleFor(status).Message.In(language),
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = detail.Code });
        return problem.ExecuteAsync(httpContext);
    }
}
