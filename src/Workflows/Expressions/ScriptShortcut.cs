using System.Text.Json.Nodes;
using Acornima;
using Acornima.Ast;
using Jint.Runtime;

namespace LabFlow.Workflows.Expressions;

/// <summary>
/// Answers the small pure expressions most flow steps use (<c>vars.approvals + 1</c>, <c>vars.decision !== 'stop'</c>,
/// <c>inputs.amount &gt; 100000 ? 2 : 1</c>) straight from the scope's JSON, without a Jint engine: renting one, binding
/// the scope and running the interpreter was most of a short step's CPU (issue 17).
/// <para>
/// Only what has one plain meaning is taken: literals; reads of <c>inputs</c>, <c>vars</c>, <c>tasks</c> and
/// <c>lab</c> and their own properties by name; <c>+ - * /</c>, comparisons, <c>=== !== == !=</c>, <c>! &amp;&amp; || ??</c>,
/// unary minus and <c>?:</c>, each only on the primitive values for which JavaScript's rule is written out below.
/// Everything else (a call, a missing property, an object or array as a value, a string where a number is needed, a
/// result with surrogates or longer than <see cref="MaxStringLength"/>) gives up, and the script then runs in the
/// sandbox as before. The shortcut reads and writes nothing, so giving up half-way changes nothing; the scripts it
/// answers cannot loop, call or allocate without bound, so the sandbox's limits have nothing to stop there.
/// </para>
/// </summary>
internal sealed class ScriptShortcut
{
    /// <summary>Longest string a shortcut builds; longer concatenations run in the sandbox under its memory limit.</summary>
    public const int MaxStringLength = 64 * 1024;

    private const int MaxNodes = 64;

    private readonly Node _root;

    private ScriptShortcut(Node root) => _root = root;

    /// <summary>A shortcut for <paramref name="script"/>, or <c>null</c> when it is not one single expression of the subset.</summary>
    public static ScriptShortcut? Compile(Script script)
    {
        if (script.Body.Count != 1 || script.Body[0] is not ExpressionStatement statement || statement is Directive)
        {
            return null;
        }

        var budget = MaxNodes;
        return CompileExpression(statement.Expression, ref budget) is { } root ? new ScriptShortcut(root) : null;
    }

    /// <summary>The script's result as <see cref="JintExpressionEvaluator"/> gives it, when the shortcut can answer.</summary>
    public bool TryEvaluate(ExpressionScope scope, out JsonNode? result)
    {
        result = null;
        if (!_root.TryEvaluate(scope, out var value))
        {
            return false;
        }

        switch (value.Kind)
        {
            case Kind.Null:
                return true;
            case Kind.Boolean:
                result = JintExpressionEvaluator.BooleanToJson(value.Boolean);
                return true;
            case Kind.Number:
                result = JintExpressionEvaluator.NumberToJson(value.Number);
                return true;
            default:
                return JintExpressionEvaluator.TryStringToJson(value.Text!, out result);
        }
    }

    private static Node? CompileExpression(Expression expression, ref int budget)
    {
        if (--budget < 0)
        {
            return null;
        }

        switch (expression)
        {
            case ParenthesizedExpression parenthesized:
                return CompileExpression(parenthesized.Expression, ref budget);
            case NumericLiteral number:
                return new Constant(Value.Of(number.Value));
            case StringLiteral text:
                return new Constant(Value.Of(text.Value));
            case BooleanLiteral boolean:
                return new Constant(Value.Of(boolean.Value));
            case NullLiteral:
                return new Constant(Value.Null);
            case MemberExpression:
                // A scope object itself (no property read) is an object, never a primitive: not compiled.
                return CompilePath(expression) is { } path ? new ScopeRead(path.Slot, [.. path.Names]) : null;
            case UnaryExpression { Prefix: true } unary when unary.Operator is Operator.LogicalNot or Operator.UnaryNegation:
                return CompileExpression(unary.Argument, ref budget) is { } argument ? new Unary(unary.Operator, argument) : null;
            case LogicalExpression logical:
                {
                    var left = CompileExpression(logical.Left, ref budget);
                    var right = left is null ? null : CompileExpression(logical.Right, ref budget);
                    return right is null ? null : new Logical(logical.Operator, left!, right);
                }

            case BinaryExpression binary when Binary.Handles(binary.Operator):
                {
                    var left = CompileExpression(binary.Left, ref budget);
                    var right = left is null ? null : CompileExpression(binary.Right, ref budget);
                    return right is null ? null : new Binary(binary.Operator, left!, right);
                }

            case ConditionalExpression conditional:
                {
                    var test = CompileExpression(conditional.Test, ref budget);
                    var consequent = test is null ? null : CompileExpression(conditional.Consequent, ref budget);
                    var alternate = consequent is null ? null : CompileExpression(conditional.Alternate, ref budget);
                    return alternate is null ? null : new Conditional(test!, consequent!, alternate);
                }

            default:
                return null;
        }
    }

    /// <summary>A scope object and the property names read from it: <c>tasks.review.answer</c>, <c>vars['n']</c>.</summary>
    private static (int Slot, List<string> Names)? CompilePath(Expression expression)
    {
        // Walked down a loop, not by recursion: a script may chain any number of property reads.
        var names = new List<string>();
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpression parenthesized:
                    expression = parenthesized.Expression;
                    continue;
                case Identifier identifier:
                    var slot = Array.IndexOf(ScopeObjects, identifier.Name);
                    names.Reverse();
                    return slot < 0 ? null : (slot, names);
                case MemberExpression { Optional: false } member when names.Count < MaxNodes:
                    var name = member switch
                    {
                        { Computed: false, Property: Identifier property } => property.Name,
                        { Computed: true, Property: StringLiteral literal } => literal.Value,
                        _ => null,
                    };

                    // __proto__ is an accessor of Object.prototype; an own property of that name is read as one, but
                    // the shortcut leaves the name to the engine rather than reason about it.
                    if (name is null or "__proto__")
                    {
                        return null;
                    }

                    names.Add(name);
                    expression = member.Object;
                    continue;
                default:
                    return null;
            }
        }
    }

    // The scope objects, always plain objects; `now` is a Date and stays with the engine.
    private static readonly string[] ScopeObjects = ["inputs", "vars", "tasks", "lab"];

    private enum Kind
    {
        Null,
        Boolean,
        Number,
        String,
    }

    /// <summary>A JavaScript primitive other than <c>undefined</c>.</summary>
    private readonly record struct Value(Kind Kind, double Number, bool Boolean, string? Text)
    {
        public static readonly Value Null = new(Kind.Null, 0, false, null);

        public static Value Of(double number) => new(Kind.Number, number, false, null);

        public static Value Of(bool boolean) => new(Kind.Boolean, 0, boolean, null);

        public static Value Of(string text) => new(Kind.String, 0, false, text);

        /// <summary>ToBoolean.</summary>
        public bool IsTruthy => Kind switch
        {
            Kind.Boolean => Boolean,
            Kind.Number => !(Number == 0 || double.IsNaN(Number)),
            Kind.String => Text!.Length > 0,
            _ => false,
        };

        /// <summary>ToNumber of a value that is not a string (strings need JavaScript's numeric grammar).</summary>
        public double ToNumber() => Kind switch
        {
            Kind.Number => Number,
            Kind.Boolean => Boolean ? 1 : 0,
            _ => 0,
        };

        /// <summary>ToString.</summary>
        public string ToText() => Kind switch
        {
            Kind.String => Text!,
            Kind.Number => TypeConverter.ToString(Number),
            Kind.Boolean => Boolean ? "true" : "false",
            _ => "null",
        };

        /// <summary>IsStrictlyEqual: no conversion; numbers as IEEE 754 (NaN unequal to itself, -0 equal to 0).</summary>
        public bool StrictlyEquals(Value other) => Kind == other.Kind && Kind switch
        {
            Kind.Number => Number == other.Number,
            Kind.Boolean => Boolean == other.Boolean,
            Kind.String => string.Equals(Text, other.Text, StringComparison.Ordinal),
            _ => true,
        };
    }

    private abstract class Node
    {
        public abstract bool TryEvaluate(ExpressionScope scope, out Value value);
    }

    private sealed class Constant(Value constant) : Node
    {
        public override bool TryEvaluate(ExpressionScope scope, out Value value)
        {
            value = constant;
            return true;
        }
    }

    /// <summary>
    /// Reads a primitive through own properties of the scope's objects, converted as the engine converts the scope
    /// (<see cref="JintExpressionEvaluator.ToJsValue"/>). A missing property, an array, an object as the value, or a
    /// property of something that is not an object gives up: those involve the prototype chain or throw.
    /// </summary>
    private sealed class ScopeRead(int slot, string[] names) : Node
    {
        public override bool TryEvaluate(ExpressionScope scope, out Value value)
        {
            value = default;
            JsonNode? node = slot switch
            {
                0 => scope.Inputs,
                1 => scope.Variables,
                2 => scope.Tasks,
                _ => scope.Lab,
            };
            foreach (var name in names)
            {
                // A JavaScript object's names are case-sensitive; a JsonObject may have been made otherwise.
                if (node is not JsonObject obj || obj.Options?.PropertyNameCaseInsensitive == true || !obj.TryGetPropertyValue(name, out node))
                {
                    return false;
                }
            }

            switch (node)
            {
                case null:
                    value = Value.Null;
                    return true;
                case JsonObject or JsonArray:
                    return false;
                default:
                    value = node.GetValueKind() switch
                    {
                        System.Text.Json.JsonValueKind.String => Value.Of(JintExpressionEvaluator.ReadString(node)!),
                        System.Text.Json.JsonValueKind.True => Value.Of(true),
                        System.Text.Json.JsonValueKind.False => Value.Of(false),
                        System.Text.Json.JsonValueKind.Number => Value.Of(JintExpressionEvaluator.ReadNumber(node)),
                        _ => Value.Null,
                    };
                    return true;
            }
        }
    }

    private sealed class Unary(Operator op, Node argument) : Node
    {
        public override bool TryEvaluate(ExpressionScope scope, out Value value)
        {
            value = default;
            if (!argument.TryEvaluate(scope, out var operand))
            {
                return false;
            }

            if (op == Operator.LogicalNot)
            {
                value = Value.Of(!operand.IsTruthy);
                return true;
            }

            // Unary minus of a string parses it as a number: left to the engine.
            if (operand.Kind == Kind.String)
            {
                return false;
            }

            value = Value.Of(-operand.ToNumber());
            return true;
        }
    }

    /// <summary><c>&amp;&amp;</c>, <c>||</c> and <c>??</c>: the deciding operand's own value, the other one not evaluated.</summary>
    private sealed class Logical(Operator op, Node left, Node right) : Node
    {
        public override bool TryEvaluate(ExpressionScope scope, out Value value)
        {
            if (!left.TryEvaluate(scope, out value))
            {
                return false;
            }

            var takeLeft = op switch
            {
                Operator.LogicalAnd => !value.IsTruthy,
                Operator.LogicalOr => value.IsTruthy,
                _ => value.Kind != Kind.Null,
            };
            return takeLeft || right.TryEvaluate(scope, out value);
        }
    }

    private sealed class Conditional(Node test, Node consequent, Node alternate) : Node
    {
        public override bool TryEvaluate(ExpressionScope scope, out Value value)
        {
            if (!test.TryEvaluate(scope, out value))
            {
                return false;
            }

            return (value.IsTruthy ? consequent : alternate).TryEvaluate(scope, out value);
        }
    }

    private sealed class Binary(Operator op, Node left, Node right) : Node
    {
        public static bool Handles(Operator op) => op is Operator.Addition or Operator.Subtraction or Operator.Multiplication or Operator.Division
            or Operator.LessThan or Operator.LessThanOrEqual or Operator.GreaterThan or Operator.GreaterThanOrEqual
            or Operator.StrictEquality or Operator.StrictInequality or Operator.Equality or Operator.Inequality;

        public override bool TryEvaluate(ExpressionScope scope, out Value value)
        {
            value = default;
            if (!left.TryEvaluate(scope, out var a) || !right.TryEvaluate(scope, out var b))
            {
                return false;
            }

            var strings = (a.Kind == Kind.String ? 1 : 0) + (b.Kind == Kind.String ? 1 : 0);
            switch (op)
            {
                case Operator.Addition when strings > 0:
                    // String concatenation; the numbers' text as JavaScript writes it.
                    var text = string.Concat(a.ToText(), b.ToText());
                    if (text.Length > MaxStringLength)
                    {
                        return false;
                    }

                    value = Value.Of(text);
                    return true;
                case Operator.Addition or Operator.Subtraction or Operator.Multiplication or Operator.Division:
                    if (strings > 0)
                    {
                        return false;
                    }

                    var (x, y) = (a.ToNumber(), b.ToNumber());
                    value = Value.Of(op switch
                    {
                        Operator.Addition => x + y,
                        Operator.Subtraction => x - y,
                        Operator.Multiplication => x * y,
                        _ => x / y,
                    });
                    return true;
                case Operator.StrictEquality or Operator.StrictInequality:
                    value = Value.Of(a.StrictlyEquals(b) == (op == Operator.StrictEquality));
                    return true;
                case Operator.Equality or Operator.Inequality:
                    // Loose equality converts between kinds; only the cases without a conversion are taken: the same
                    // kind (as strict), or null against anything but null and undefined (never equal).
                    if (a.Kind != b.Kind && a.Kind != Kind.Null && b.Kind != Kind.Null)
                    {
                        return false;
                    }

                    value = Value.Of(a.StrictlyEquals(b) == (op == Operator.Equality));
                    return true;
                default:
                    return TryCompare(a, b, strings, out value);
            }
        }

        /// <summary>
        /// The relational operators: two strings by UTF-16 code units, two non-strings as numbers (NaN makes every
        /// comparison false); a string against anything else is converted by JavaScript's numeric grammar, so gives up.
        /// </summary>
        private bool TryCompare(Value a, Value b, int strings, out Value value)
        {
            value = default;
            int order;
            if (strings == 2)
            {
                order = string.CompareOrdinal(a.Text, b.Text);
            }
            else if (strings == 0)
            {
                var (x, y) = (a.ToNumber(), b.ToNumber());
                if (double.IsNaN(x) || double.IsNaN(y))
                {
                    value = Value.Of(false);
                    return true;
                }

                order = x.CompareTo(y);
                if (x == y)
                {
                    order = 0; // -0 and 0
                }
            }
            else
            {
                return false;
            }

            value = Value.Of(op switch
            {
                Operator.LessThan => order < 0,
                Operator.LessThanOrEqual => order <= 0,
                Operator.GreaterThan => order > 0,
                _ => order >= 0,
            });
            return true;
        }
    }
}
