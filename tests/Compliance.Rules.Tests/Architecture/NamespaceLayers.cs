using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Compliance.Rules.Tests.Architecture;

/// <summary>
/// The namespaces of a compiled assembly and the ones each uses, read from the metadata and the IL
/// (signatures, attributes, and every type, method and field a method body names), and checked
/// against layers that point one way. Compiled code rather than source text: a <c>using</c> that is
/// never used adds no edge, and a fully qualified name or a namespace-relative one
/// (<c>Packs.RulePack</c> inside <c>Compliance.Rules.Auditing</c>) adds one like any other.
/// Constants are inlined by the compiler and leave no trace; nothing else escapes.
/// </summary>
/// <remarks>Linked into each test project that pins an assembly's layers.</remarks>
internal static class NamespaceLayers
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>
    /// Every problem with the layers of <paramref name="assembly"/>: a namespace that uses one of a
    /// later layer, a namespace no layer holds, and namespaces that use each other (a cycle, even
    /// inside one layer).
    /// </summary>
    /// <param name="assembly">The assembly.</param>
    /// <param name="layers">Namespaces from the bottom up; each may use the ones before it. A namespace belongs to the longest entry it equals or starts with (<c>Reports</c> holds <c>Reports.Json</c>). Entries no type lives in are accepted (layers still to come).</param>
    /// <returns>One line per problem; empty when the layers hold.</returns>
    public static IReadOnlyList<string> Problems(Assembly assembly, IReadOnlyList<string> layers)
    {
        var root = CommonRoot(layers);
        var edges = Edges(assembly, root);
        var problems = new List<string>();
        foreach (var ns in edges.Keys.Concat(edges.Values.SelectMany(e => e.Keys)).Distinct().Order(StringComparer.Ordinal))
        {
            if (LayerOf(ns, layers) < 0)
            {
                problems.Add($"{ns} is in no layer: add it to the list where it belongs");
            }
        }

        foreach (var (from, targets) in edges.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            foreach (var (to, example) in targets.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                int fromLayer = LayerOf(from, layers), toLayer = LayerOf(to, layers);
                if (fromLayer >= 0 && toLayer > fromLayer)
                {
                    problems.Add($"{from} uses {to}, a later layer ({example})");
                }
            }
        }

        foreach (var cycle in Cycles(edges))
        {
            problems.Add($"namespaces use each other: {string.Join(" ↔ ", cycle)}");
        }

        return problems;
    }

    /// <summary>Namespace → the namespaces under <paramref name="root"/> it uses → one use, for the message.</summary>
    public static Dictionary<string, Dictionary<string, string>> Edges(Assembly assembly, string root)
    {
        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var owner = Outermost(type);
            var from = owner.Namespace;
            if (!IsUnder(from, root))
            {
                continue;
            }

            foreach (var used in Used(type))
            {
                foreach (var part in Expand(used))
                {
                    var target = Outermost(part);
                    if (IsUnder(target.Namespace, root) && target.Namespace != from)
                    {
                        if (!edges.TryGetValue(from!, out var targets))
                        {
                            targets = new Dictionary<string, string>(StringComparer.Ordinal);
                            edges[from!] = targets;
                        }

                        targets.TryAdd(target.Namespace!, $"{owner.Name} uses {target.Name}");
                    }
                }
            }
        }

        return edges;
    }

    private static string CommonRoot(IReadOnlyList<string> layers) =>
        layers.Aggregate((a, b) => string.Join('.', a.Split('.').Zip(b.Split('.')).TakeWhile(p => p.First == p.Second).Select(p => p.First)));

    private static bool IsUnder(string? ns, string root) => ns is not null && (ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal));

    private static int LayerOf(string ns, IReadOnlyList<string> layers)
    {
        var best = -1;
        for (var i = 0; i < layers.Count; i++)
        {
            if ((ns == layers[i] || ns.StartsWith(layers[i] + ".", StringComparison.Ordinal)) && (best < 0 || layers[i].Length > layers[best].Length))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>A nested type (closures, iterators, private helpers) belongs to the namespace of the type that holds it.</summary>
    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    /// <summary>A type and every type it is built from: generic arguments, array and pointer elements.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type.IsConstructedGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsConstructedGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }

    private static IEnumerable<Type> Used(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var item in type.GetInterfaces().Concat(Attributes(type.CustomAttributes)))
        {
            yield return item;
        }

        foreach (var field in type.GetFields(all))
        {
            yield return field.FieldType;
            foreach (var attribute in Attributes(field.CustomAttributes))
            {
                yield return attribute;
            }
        }

        foreach (var property in type.GetProperties(all))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (var item in Attributes(method.CustomAttributes).Concat(Body(type, method)))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<Type> Attributes(IEnumerable<CustomAttributeData> attributes) =>
        attributes.Select(a => a.AttributeType).Where(t => t.Namespace != typeof(CompilerGeneratedAttribute).Namespace);

    /// <summary>Every type, and the declaring type of every method and field, that a method body names.</summary>
    private static IEnumerable<Type> Body(Type type, MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            var value = il[position] == 0xFE ? (short)(0xFE00 | il[position + 1]) : il[position];
            position += il[position] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            if (opCode.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, position), typeArguments, methodArguments);
                foreach (var used in Of(member))
                {
                    yield return used;
                }
            }

            position += OperandSize(opCode.OperandType, il, position);
        }
    }

    private static IEnumerable<Type> Of(MemberInfo? member)
    {
        switch (member)
        {
            case Type t:
                yield return t;
                break;
            case FieldInfo f:
                yield return f.DeclaringType!;
                yield return f.FieldType;
                break;
            case MethodInfo m:
                yield return m.DeclaringType!;
                yield return m.ReturnType;
                foreach (var item in m.GetParameters().Select(p => p.ParameterType).Concat(m.IsGenericMethod ? m.GetGenericArguments() : []))
                {
                    yield return item;
                }

                break;
            case ConstructorInfo c:
                yield return c.DeclaringType!;
                break;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int position) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };

    /// <summary>Groups of namespaces that use each other (strongly connected components of two or more; Tarjan).</summary>
    private static IEnumerable<IReadOnlyList<string>> Cycles(Dictionary<string, Dictionary<string, string>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges.TryGetValue(node, out var targets) ? targets.Keys.ToArray() : [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1)
                {
                    found.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return found;
    }
}
