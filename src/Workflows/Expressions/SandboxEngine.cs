using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
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

    private int CountGlobals() => Engine.Global.GetOwnPropertyKeys().Count;

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
