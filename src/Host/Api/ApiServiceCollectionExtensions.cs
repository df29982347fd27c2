using System.Text.Json.Serialization;
using Scalar.AspNetCore;

namespace LabFlow.Host.Api;

/// <summary>The REST API's shared plumbing: strict JSON, problem details, OpenAPI and its reference page.</summary>
internal static class ApiServiceCollectionExtensions
{
    /// <summary>The API's largest accepted request body; a flow document is well under this.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static IServiceCollection AddLabFlowApi(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.ConfigureHttpJsonOptions(options =>
        {
            // Unknown or misspelt fields are refused rather than silently dropped, so a script finds its typo.
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
            // Enums by name only: an integer or an undefined name is refused with the field named (StrictEnumConverter).
            options.SerializerOptions.Converters.Add(new StrictEnumConverter());
        });
        // A body that cannot be bound throws, so ApiExceptionHandler answers with the field's JSON path and what to
        // fix, in every environment (by default only Development throws; elsewhere the answer is an empty 400).
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddValidation();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "LabFlow API";
            document.Info.Description = "Flows, labs, tasks, organisation and signals of LabFlow. Errors are RFC 9457 problem details.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication UseLabFlowApi(this WebApplication app)
    {
        // Swedish first; English when the caller asks for it (Accept-Language: en). Messages that exist in both
        // languages, such as form field errors, follow this.
        app.UseRequestLocalization(options => options
            .SetDefaultCulture("sv")
            .AddSupportedCultures("sv", "en")
            .AddSupportedUICultures("sv", "en"));
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            // File uploads carry their own limit (LabFlow:Attachments:MaxBytes), which their endpoint applies.
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !Attachments.AttachmentsApi.IsUpload(context.Request))
            {
                // A declared length over the limit is refused before anything is read; the server's own limit
                // (where the server has one) stops a chunked body that grows past it.
                if (context.Request.ContentLength > MaxRequestBodyBytes)
                {
                    throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
                }

                if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = MaxRequestBodyBytes;
                }

                // One request reads the caller's memberships and organisation roles once (issue 17); its scope ends with it.
                context.RequestServices.GetService<Activities.Labs.AccessReads>()?.Enable();
            }

            await next(context);
        });
        return app;
    }

    public static WebApplication MapLabFlowApiReference(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/reference", options => options
            .WithTitle("LabFlow API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }
}
