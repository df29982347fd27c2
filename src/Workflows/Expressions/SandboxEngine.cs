using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace LabFlow.Workflows.Expressions;

/// <summary>
/// A locked-down Jint engine of the pool, with the scope (<c>inputs</c>, <c>vars</c>, <c>tasks</c>, <c>lab</c>,
/// <c>now</c>) bound lazily: each is a global accessor that turns its JSON into JavaScript values the first time a
/// script reads it, once per evaluation. A script that reads only <c>vars</c> no longer pays for copying every earlier
/// task's output (a lab's <c>tasks</c> holds every form answer), nor for a <c>Date</c> it never looks at.
/// </summary>
internal sealed class SandboxEngine
{
    public static readonly string[] ScopeNames = ["inputs", "vars", "tasks", "lab", "now"];

    private const int Now = 4;

    private readonly JsValue?[] _values = new JsValue?[ScopeNames.Length];
    private readonly JsValue _dateConstructor;
    private ExpressionScope? _scope;

    public SandboxEngine(Engine engine)
    {
        Engine = engine;
        // Read once: constructing by name ("Date") parses and runs a script each time.
        _dateConstructor = engine.Global.Get("Date");
        var freeze = engine.Intrinsics.Object.Get("freeze");
        for (var index = 0; index < ScopeNames.Length; index++)
        {
            var slot = index;
            var getter = new ClrFunction(engine, "get " + ScopeNames[slot], (_, _) => Read(slot));
            var setter = new ClrFunction(engine, "set " + ScopeNames[slot], (_, arguments) =>
            {
                // Assigning a scope name (allowed before: they were writable globals) replaces it for this script only.
                _values[slot] = arguments.Length > 0 ? arguments[0] : JsValue.Undefined;
                return JsValue.Undefined;
            });

            // Frozen and not configurable: a script can neither hang data on the accessors for the next script to find
            // nor redefine the property so that the next script's scope would not be bound.
            engine.Invoke(freeze, getter);
            engine.Invoke(freeze, setter);
            engine.Global.DefineOwnProperty(ScopeNames[slot], new GetSetPropertyDescriptor(getter, setter, enumerable: true, configurable: false));
        }

        GlobalCount = CountGlobals();
    }

    public Engine Engine { get; }

    /// <summary>How many global properties the engine had when ready; a script that added one leaves it dirty.</summary>
    public int GlobalCount { get; }

    /// <summary>Whether the global object still has only the properties it had when the engine was made ready.</summary>
    public bool GlobalUnchanged() => CountGlobals() == GlobalCount;

    private int CountGlobals() => OwnPropertyCount is { } count ? count(Engine.Global) : Engine.Global.GetOwnPropertyKeys().Count;

    // GetOwnPropertyKeys builds a list of every global's name as a JavaScript string on each call: a fifth of the bytes
    // a short script allocated. Jint keeps the built-in globals in fixed slots and every property added later (the
    // prelude's, the scope's, and whatever a script adds) in two dictionaries, so their sizes tell the same. Read
    // through Jint's internals, hence checked once per process on a scratch engine; if the check fails (another Jint),
    // the key list is used as before.
    private static readonly Func<ObjectInstance, int>? OwnPropertyCount = BuildOwnPropertyCount();

    private static Func<ObjectInstance, int>? BuildOwnPropertyCount()
    {
        try
        {
            const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;
            var properties = typeof(ObjectInstance).GetField("_properties", Private);
            var symbols = typeof(ObjectInstance).GetField("_symbols", Private);
            if (properties?.FieldType.GetProperty("Count") is not { } propertiesCount
                || symbols?.FieldType.GetProperty("Count") is not { } symbolsCount)
            {
                return null;
            }

            var target = Expression.Parameter(typeof(ObjectInstance), "target");
            Expression CountOf(FieldInfo field, PropertyInfo count)
            {
                var value = Expression.Field(target, field);
                return Expression.Condition(Expression.Equal(value, Expression.Constant(null, field.FieldType)), Expression.Constant(0), Expression.Property(value, count));
            }

            var counter = Expression.Lambda<Func<ObjectInstance, int>>(Expression.Add(CountOf(properties, propertiesCount), CountOf(symbols, symbolsCount)), target).Compile();
            using var scratch = new Engine(options => options.Strict());
            var before = counter(scratch.Global);
            scratch.Execute("Math.max(1, 2); globalThis.added = 1; globalThis[Symbol.for('added')] = 1;");
            return counter(scratch.Global) == before + 2 && scratch.Global.GetOwnPropertyKeys().Count > 0 ? counter : null;
        }
        catch (Exception exception) when (exception is MemberAccessException or ArgumentException or InvalidOperationException or JavaScriptException)
        {
            return null;
        }
    }

    /// <summary>Binds <paramref name="scope"/> for the next script; nothing of the previous scope stays reachable.</summary>
    public void Begin(ExpressionScope scope)
    {
        // A pooled engine's time limit counts from its previous script; start it afresh.
        Engine.Constraints.Reset();
        _scope = scope;
        Array.Clear(_values);
    }

    /// <summary>Lets go of the scope and the values built from it, so a pooled engine holds no lab's data.</summary>
    public void End()
    {
        _scope = null;
        Array.Clear(_values);
    }

    private JsValue Read(int slot)
    {
        if (_values[slot] is { } value)
        {
            return value;
        }

        if (_scope is not { } scope)
        {
            return JsValue.Undefined;
        }

        value = slot switch
        {
            0 => JintExpressionEvaluator.ToJsValue(Engine, scope.Inputs),
            1 => JintExpressionEvaluator.ToJsValue(Engine, scope.Variables),
            2 => JintExpressionEvaluator.ToJsValue(Engine, scope.Tasks),
            3 => JintExpressionEvaluator.ToJsValue(Engine, scope.Lab),
            Now => Engine.Construct(_dateConstructor, scope.Now.ToUnixTimeMilliseconds()),
            _ => JsValue.Undefined,
        };
        _values[slot] = value;
        return value;
    }
}
