using System.Reflection;
using System.Reflection.Emit;
using FibroBot.BotFramework.Hosting;

namespace FibroBot.Tests.Architecture;

/// <summary>
/// The protocol layer's namespaces form layers, not a tangle: no namespace of FibroBot.BotFramework depends, directly
/// or through others, on itself, and the lower namespaces never reach up to Hosting. Dependencies are read from the
/// compiled assembly (signatures and every type, field and method a method body names), so a fully qualified name
/// counts as much as a <c>using</c> line.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private const string Root = "FibroBot.BotFramework";

    private static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Graph = NamespaceGraph.Of(typeof(BotFrameworkHttpAdapter).Assembly, Root);

    [Fact]
    public void The_reader_sees_real_dependencies()
    {
        // Guards the test itself: a reader that saw nothing would find no cycle either.
        Assert.Contains($"{Root}.Authentication", Graph[$"{Root}.Hosting"]);
        Assert.Contains($"{Root}.Schema", Graph[$"{Root}.DirectLine"]);
    }

    [Fact]
    public void No_namespace_depends_on_itself_through_others()
    {
        var cycles = NamespaceGraph.Cycles(Graph);

        Assert.True(cycles.Count == 0, "Namespace cycles: " + string.Join("; ", cycles.Select(c => string.Join(" <-> ", c))));
    }

    [Theory]
    [InlineData("Authentication")]
    [InlineData("Connector")]
    [InlineData("Builder")]
    [InlineData("Schema")]
    [InlineData("Storage")]
    public void Lower_namespaces_do_not_import_hosting(string layer)
    {
        Assert.DoesNotContain($"{Root}.Hosting", Graph.GetValueOrDefault($"{Root}.{layer}", new HashSet<string>()));
    }

    [Fact]
    public void A_cycle_through_three_namespaces_is_found()
    {
        var graph = new Dictionary<string, IReadOnlySet<string>>
        {
            ["A"] = new HashSet<string> { "B" },
            ["B"] = new HashSet<string> { "C" },
            ["C"] = new HashSet<string> { "A" },
            ["D"] = new HashSet<string> { "A" },
        };

        var cycle = Assert.Single(NamespaceGraph.Cycles(graph));

        Assert.Equal(["A", "B", "C"], cycle.Order());
    }
}

/// <summary>Namespace-to-namespace dependencies of one assembly, and the cycles among them.</summary>
internal static class NamespaceGraph
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Namespaces are grouped under <paramref name="root"/> by their first segment after it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Of(Assembly assembly, string root)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            if (Layer(type, root) is not { } from)
            {
                continue;
            }

            var targets = graph.TryGetValue(from, out var existing) ? existing : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in Referenced(type).SelectMany(Expand))
            {
                if (Layer(used, root) is { } to && to != from)
                {
                    targets.Add(to);
                }
            }
        }

        return graph.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>The strongly connected groups of more than one namespace (Tarjan's algorithm).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IReadOnlyDictionary<string, IReadOnlySet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, new HashSet<string>()))
            {
                if (!index.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }

            if (low[node] == index[node])
            {
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    group.Add(member);
                }
                while (member != node);

                if (group.Count > 1)
                {
                    cycles.Add(group);
                }
            }
        }

        foreach (var node in graph.Keys.Where(n => !index.ContainsKey(n)).ToList())
        {
            Visit(node);
        }

        return cycles;
    }

    private static string? Layer(Type type, string root)
    {
        var ns = type.Namespace ?? string.Empty;
        if (!ns.StartsWith(root, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[root.Length..].TrimStart('.');
        return rest.Length == 0 ? root : $"{root}.{rest.Split('.')[0]}";
    }

    private static IEnumerable<Type> Referenced(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var face in type.GetInterfaces())
        {
            yield return face;
        }

        foreach (var field in type.GetFields(Everything))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(Everything))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (var used in BodyReferences(method))
            {
                yield return used;
            }
        }
    }

    /// <summary>The types whose members or tokens a method body names, read instruction by instruction.</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return [];
        }

        var found = new List<Type>();
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[at + 1])] : OpCodesByValue[il[at]];
            at += code.Size;
            var operandSize = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
                _ => 4,
            };
            if (code.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok)
            {
                try
                {
                    switch (method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments))
                    {
                        case Type type:
                            found.Add(type);
                            break;
                        case MemberInfo member when member.DeclaringType is { } owner:
                            found.Add(owner);
                            if (member is FieldInfo field)
                            {
                                found.Add(field.FieldType);
                            }

                            break;
                    }
                }
                catch (ArgumentException)
                {
                    // A token that cannot be resolved outside its generic context; its owner is seen elsewhere.
                }
            }

            at += operandSize;
        }

        return found;
    }

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

        yield return type;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return inner;
            }
        }
    }
}
