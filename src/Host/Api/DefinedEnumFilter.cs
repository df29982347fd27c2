using LabFlow.Activities.Messages;

namespace LabFlow.Host.Api;

/// <summary>
/// Query and route values bind to enums through <c>Enum.TryParse</c>, which takes any integer (<c>?role=99</c>).
/// This filter refuses an enum argument that has no name with a 400 naming the parameter, as bodies do.
/// </summary>
internal static class DefinedEnumFilter
{
    public static RouteGroupBuilder RequireDefinedEnums(this RouteGroupBuilder api)
    {
        api.AddEndpointFilterFactory((factory, next) =>
        {
            var parameters = factory.MethodInfo.GetParameters();
            var enums = parameters
                .Select((p, i) => (Parameter: p, Index: i))
                .Where(p => (Nullable.GetUnderlyingType(p.Parameter.ParameterType) ?? p.Parameter.ParameterType).IsEnum)
                .ToList();
            if (enums.Count == 0)
            {
                return next;
            }

            return async context =>
            {
                var errors = new FieldErrors();
                foreach (var (parameter, index) in enums)
                {
                    if (context.Arguments[index] is Enum value && !Enum.IsDefined(value.GetType(), value))
                    {
                        errors.Add(parameter.Name!, RequestMessages.QueryValue.With(("expected", JsonFieldTypes.Describe(parameter.ParameterType))));
                    }
                }

                return errors.IsEmpty ? await next(context) : errors.ToProblem();
            };
        });
        return api;
    }
}
