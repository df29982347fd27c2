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
/// time, statements, memory and recursion) and Liquid templates through Fluid. Nothing one script does is visible to
/// the next: engines are reused (building one and running the date prelude cost more than most scripts), but in every
/// engine the built-in objects and the prelude are frozen, a script that declares globals runs on an engine that is then
/// thrown away, and an engine whose global object changed or whose script failed is never used again.
/// </summary>
public sealed class JintExpressionEvaluator : IExpressionEvaluator
{
    private const string ScriptSource = "expression";

    private static readonly FluidParser TemplateParser = new();

    // A flow's scripts and templates are a small fixed set evaluated again and again (every lab, every burst), so
    // their parsed forms are kept. The bound keeps a designer typing many variants from growing the caches forever.
    private const int MaxCachedEntries = 2048;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PreparedScript> _scripts = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);

    // Engines are not thread-safe: each is rented by one evaluation at a time. Enough for every core to have one.
    private static readonly int MaxPooledEngines = Environment.ProcessorCount * 2;
    // A stack with its own count: ConcurrentBag.Count freezes the whole bag (every thread's list) on each call.
    private readonly System.Collections.Concurrent.ConcurrentStack<SandboxEngine> _engines = new();
    private int _pooledCount;

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

    /// <summary>
    /// Whether small pure expressions are answered without the engine (<see cref="ScriptShortcut"/>); off only in tests
    /// that compare the two.
    /// </summary>
    internal bool UseShortcuts { get; init; } = true;

    public JsonNode? EvaluateScript(string script, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(scope);

        if (!_scripts.TryGetValue(script, out var cached))
        {
            var parsed = Prepare(script);
            // A script that declares globals (var, let, const, function, class at its top level) leaves them in the
            // engine; known once per script, not walked again on every evaluation.
            cached = new PreparedScript(parsed, Reusable: !DeclaresGlobals(parsed), ScriptShortcut.Compile(parsed.Program!));
            Remember(_scripts, script, cached);
        }

        if (UseShortcuts && cached.Shortcut is { } shortcut && shortcut.TryEvaluate(scope, out var answered))
        {
            return answered;
        }

        var prepared = cached.Prepared;
        var reusable = cached.Reusable;
        var sandbox = TakeEngine();
        var engine = sandbox.Engine;
        var returned = false;
        try
        {
            sandbox.Begin(scope);
            var value = engine.Evaluate(prepared);
            var result = ToJson(engine, value);
            sandbox.End();
            if (reusable && Volatile.Read(ref _pooledCount) < MaxPooledEngines && sandbox.GlobalUnchanged())
            {
                Interlocked.Increment(ref _pooledCount);
                _engines.Push(sandbox);
                returned = true;
            }

            return result;
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
        finally
        {
            if (!returned)
            {
                engine.Dispose();
            }
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

    private SandboxEngine TakeEngine()
    {
        if (_engines.TryPop(out var pooled))
        {
            Interlocked.Decrement(ref _pooledCount);
            return pooled;
        }

        return CreateEngine();
    }

    private SandboxEngine CreateEngine()
    {
        var engine = new Engine(options =>
        {
            options.Strict();
            if (_options.TimeLimit > TimeSpan.Zero)
            {
                options.Constraints.Constraints.Add(new CoarseTimeLimit(_options.TimeLimit));
            }
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

        // Frozen built-ins: what a script does to Object.prototype, Math or addDays cannot reach the next script.
        Lockdown(engine);
        return new SandboxEngine(engine);
    }

    /// <summary>
    /// Freezes every object reachable from the global object (its built-ins, their prototypes and the prelude's
    /// functions) and makes those globals read-only. Done from .NET, so the walk does not count against a script's
    /// time and statement limits.
    /// </summary>
    private static void Lockdown(Engine engine)
    {
        var freeze = engine.Intrinsics.Object.Get("freeze");
        var seen = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance);
        void Walk(JsValue value)
        {
            if (value is not ObjectInstance obj || !seen.Add(obj))
            {
                return;
            }

            Walk(obj.Prototype ?? JsValue.Null);
            foreach (var key in obj.GetOwnPropertyKeys())
            {
                var descriptor = obj.GetOwnProperty(key);
                Walk(descriptor.Value ?? JsValue.Undefined);
                Walk(descriptor.Get ?? JsValue.Undefined);
                Walk(descriptor.Set ?? JsValue.Undefined);
            }

            engine.Invoke(freeze, obj);
        }

        if (engine.Evaluate(ScriptPrelude.PreparedHiddenIntrinsics) is JsArray hidden)
        {
            foreach (var value in hidden)
            {
                Walk(value);
            }
        }

        var global = engine.Global;
        foreach (var key in global.GetOwnPropertyKeys())
        {
            if (key.IsString() && (ScopeNames.Contains(key.AsString(), StringComparer.Ordinal) || key.AsString() == "globalThis"))
            {
                continue;
            }

            var descriptor = global.GetOwnProperty(key);
            Walk(descriptor.Value ?? JsValue.Undefined);
            Walk(descriptor.Get ?? JsValue.Undefined);
            Walk(descriptor.Set ?? JsValue.Undefined);
            if (descriptor.Configurable && descriptor.IsDataDescriptor())
            {
                global.DefineOwnProperty(key, new Jint.Runtime.Descriptors.PropertyDescriptor(descriptor.Value, writable: false, enumerable: descriptor.Enumerable, configurable: false));
            }
        }
    }

    private static readonly string[] ScopeNames = [.. SandboxEngine.ScopeNames];

    internal static JsValue ToJsValue(Engine engine, JsonNode? node)
    {
        switch (node)
        {
            case null:
                return JsValue.Null;
            case JsonObject obj:
                var target = new JsObject(engine);
                foreach (var (key, value) in obj)
                {
                    // The object is new and JSON names are unique: what CreateDataProperty does, without turning each
                    // name into a JavaScript string first.
                    target.FastSetDataProperty(key, ToJsValue(engine, value));
                }

                return target;
            case JsonArray array:
                var items = new JsValue[array.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = ToJsValue(engine, array[i]);
                }

                return new JsArray(engine, items);
            default:
                return node.GetValueKind() switch
                {
                    System.Text.Json.JsonValueKind.String => ReadString(node),
                    System.Text.Json.JsonValueKind.True => JsBoolean.True,
                    System.Text.Json.JsonValueKind.False => JsBoolean.False,
                    System.Text.Json.JsonValueKind.Number => ReadNumber(node),
                    _ => JsValue.Null,
                };
        }
    }

    /// <summary>A JSON string value as a script sees it.</summary>
    internal static string? ReadString(JsonNode node)
    {
        try
        {
            return node.AsValue().TryGetValue<string>(out var text) ? text : System.Text.Json.JsonSerializer.Deserialize<string>(node.ToJsonString());
        }
        catch (InvalidOperationException) when (node.AsValue().TryGetValue<System.Text.Json.JsonElement>(out var element))
        {
            // A lone surrogate escape ("\ud800") parses but .NET will not decode it. A JavaScript string can hold one,
            // as JSON.parse gives it; it used to fail every script that read the scope object holding it.
            return DecodeJsonString(element.GetRawText());
        }
    }

    /// <summary>The text of a JSON string literal (quotes included), lone surrogates kept as they are.</summary>
    private static string DecodeJsonString(string literal)
    {
        var text = new System.Text.StringBuilder(literal.Length);
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            c = literal[++i];
            text.Append(c switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => (char)int.Parse(literal.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
                _ => c,
            });
            if (c == 'u')
            {
                i += 4;
            }
        }

        return text.ToString();
    }

    /// <summary>A JSON number value as a script sees it.</summary>
    internal static double ReadNumber(JsonNode node) =>
        node.AsValue().TryGetValue<double>(out var number)
            ? number
            : double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Whether the script declares anything at its top level (those declarations would stay in the engine).</summary>
    private static bool DeclaresGlobals(Prepared<Script> prepared) =>
        prepared.Program!.Body.Any(statement => statement is Declaration);

    private static JsonNode? ToJson(Engine engine, JsValue value)
    {
        // Most scripts answer a number, a string or a boolean; JSON.stringify's answer for those is known, and going
        // through it (a holder object, a string builder, the text parsed back) was a tenth of a short step (issue 17).
        // The value is element-backed as before, so TryGetValue converts it as it did.
        if (value.IsNumber())
        {
            return NumberToJson(value.AsNumber());
        }

        if (value.IsBoolean())
        {
            return BooleanToJson(value.AsBoolean());
        }

        if (value.IsString() && TryStringToJson(value.AsString(), out var text))
        {
            return text;
        }

        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }

        // JSON.stringify gives JavaScript's own answer for every other value: dates become ISO 8601 strings,
        // functions become nothing, objects honour toJSON.
        var json = new JsonSerializer(engine).Serialize(value);
        return json.IsString() ? JsonNode.Parse(json.AsString()) : null;
    }

    /// <summary>A number result: what JSON.stringify writes, parsed (NaN and the infinities become null).</summary>
    internal static JsonNode? NumberToJson(double number)
    {
        if (ScriptNumbers.TryGetElement(number, out var element))
        {
            return JsonValue.Create(element);
        }

        return double.IsFinite(number) ? JsonNode.Parse(TypeConverter.ToString(number)) : null;
    }

    internal static JsonNode? BooleanToJson(bool boolean) => JsonValue.Create(boolean ? TrueElement : FalseElement);

    /// <summary>A string result, unless it has surrogates: those need JSON.stringify's escaping.</summary>
    internal static bool TryStringToJson(string text, out JsonNode? result)
    {
        result = HasSurrogates(text) ? null : JsonValue.Create(System.Text.Json.JsonSerializer.SerializeToElement(text));
        return result is not null;
    }

    /// <summary>
    /// Whether a string has surrogates; those (rare) go through JSON.stringify, which escapes a lone one where the
    /// writer would refuse it.
    /// </summary>
    private static bool HasSurrogates(string text) => text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF');

    // Elements of parsed documents are immutable, so one of each serves every result.
    private static readonly System.Text.Json.JsonElement TrueElement = System.Text.Json.JsonSerializer.SerializeToElement(true);
    private static readonly System.Text.Json.JsonElement FalseElement = System.Text.Json.JsonSerializer.SerializeToElement(false);

    /// <summary>A parsed script, whether an engine may run another script after it, and its shortcut if it has one.</summary>
    private sealed record PreparedScript(Prepared<Script> Prepared, bool Reusable, ScriptShortcut? Shortcut);

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
