using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Flow;

/// <summary>
/// One walk over an operation block (lambdas and local functions included) that answers the
/// questions the rules ask about it: what a local holds, and which members are assigned on which
/// receiver. No flow analysis: a local counts only when it is written exactly once, by its declaration.
/// </summary>
internal sealed class BodyIndex
{
    private const int MaxResolveDepth = 8;

    private readonly Dictionary<ILocalSymbol, LocalFacts> _locals = new(SymbolEqualityComparer.Default);
    private static readonly List<MemberWrite> NoWrites = new();

    private readonly Dictionary<ReceiverKey, List<MemberWrite>> _memberWrites = new();

    private BodyIndex()
    {
    }

    public static BodyIndex Build(ImmutableArray<IOperation> blocks)
    {
        var index = new BodyIndex();
        if (blocks.IsDefault)
        {
            return index;
        }

        // An explicit stack, not recursion: left-nested expressions (long concatenations) can be very deep.
        var pending = new Stack<IOperation>(64);
        foreach (var block in blocks)
        {
            if (block is not null)
            {
                pending.Push(block);
            }
        }

        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            index.Visit(operation);
            // Reversed, so operations are visited in source order.
            foreach (var child in operation.ChildOperations.Reverse())
            {
                if (child is not null)
                {
                    pending.Push(child);
                }
            }
        }

        return index;
    }

    /// <summary>The value under conversions, followed through single-valued locals.</summary>
    /// <param name="operation">The value.</param>
    /// <param name="stopAtConstants">
    /// Stop at a reference to a local constant: the reference is itself the constant value (a placeholder
    /// is reported where it is used, as for a constant field), while <c>var</c> locals are followed.
    /// </param>
    public IOperation Resolve(IOperation operation, bool stopAtConstants = false)
    {
        var current = Values.Unwrap(operation);
        for (var depth = 0; depth < MaxResolveDepth; depth++)
        {
            if (current is not ILocalReferenceOperation { IsDeclaration: false } reference
                || (stopAtConstants && reference.Local.IsConst)
                || !TryGetFacts(reference.Local, out var facts) || !facts.HasSingleValue)
            {
                break;
            }

            current = Values.Unwrap(facts.Initializer!);
        }

        return current;
    }

    /// <summary>
    /// The object a value is known to be: created in place, or held by a local that is created once and
    /// then only has members assigned (it is not passed anywhere else, so nothing else can fill it in).
    /// </summary>
    public IOperation? KnownObject(IOperation operation)
    {
        var value = Values.Unwrap(operation);
        if (value is ILocalReferenceOperation { IsDeclaration: false } reference)
        {
            if (!TryGetFacts(reference.Local, out var facts) || !facts.HasSingleValue || facts.Uses > 1)
            {
                return null;
            }

            value = Values.Unwrap(facts.Initializer!);
        }

        return value is IObjectCreationOperation or IWithOperation ? value : null;
    }

    /// <summary>The assignments to members of <paramref name="receiver"/> (a concrete list: enumerating it does not allocate).</summary>
    public List<MemberWrite> WritesTo(ReceiverKey receiver) =>
        _memberWrites.TryGetValue(receiver, out var writes) ? writes : NoWrites;

    private bool TryGetFacts(ILocalSymbol? local, out LocalFacts facts)
    {
        if (local is not null && _locals.TryGetValue(local, out var found))
        {
            facts = found;
            return true;
        }

        facts = null!;
        return false;
    }

    private LocalFacts FactsFor(ILocalSymbol local)
    {
        if (!_locals.TryGetValue(local, out var facts))
        {
            facts = new LocalFacts { Untracked = local.IsRef };
            _locals[local] = facts;
        }

        return facts;
    }

    private void Visit(IOperation operation)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation { Symbol: { } local } declarator:
                var initializer = declarator.Initializer?.Value;
                if (initializer is not null)
                {
                    var facts = FactsFor(local);
                    facts.Initializer = initializer;
                    facts.Writes++;
                }

                break;
            case ILocalReferenceOperation { Local: { } local } reference:
                VisitLocalReference(local, reference);
                break;
            case IAssignmentOperation assignment:
                VisitAssignment(assignment);
                break;
        }
    }

    private void VisitLocalReference(ILocalSymbol local, ILocalReferenceOperation reference)
    {
        var facts = FactsFor(local);
        if (reference.IsDeclaration || IsWriteTarget(reference))
        {
            facts.Writes++;
            return;
        }

        switch (reference.Parent)
        {
            case IPropertyReferenceOperation property when ReferenceEquals(property.Instance, reference):
            case IFieldReferenceOperation field when ReferenceEquals(field.Instance, reference):
                return;
            case IAddressOfOperation:
                facts.Untracked = true;
                return;
            case IConditionalAccessOperation access when ReferenceEquals(access.Operation, reference) && AssignsMember(access.WhenNotNull):
                // `request?.Reason = …` (C# 14) assigns a member, like `request.Reason = …`: the object goes nowhere.
                return;
            default:
                facts.Uses++;
                return;
        }
    }

    private static bool IsWriteTarget(IOperation reference)
    {
        var child = reference;
        var parent = reference.Parent;
        for (var depth = 0; parent is not null && depth < 64; depth++)
        {
            switch (parent)
            {
                case IAssignmentOperation assignment:
                    // Deconstruction is an assignment too; its target is the tuple walked up through below.
                    return ReferenceEquals(assignment.Target, child);
                case IIncrementOrDecrementOperation:
                    return true;
                case IArgumentOperation argument:
                    return argument.Parameter is { RefKind: RefKind.Ref or RefKind.Out };
                case ITupleOperation or IDeclarationExpressionOperation:
                    child = parent;
                    parent = parent.Parent;
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    private static bool AssignsMember(IOperation whenNotNull) =>
        whenNotNull is IAssignmentOperation { Target: IPropertyReferenceOperation { Instance: IConditionalAccessInstanceOperation } or IFieldReferenceOperation { Instance: IConditionalAccessInstanceOperation } };

    private void VisitAssignment(IAssignmentOperation assignment)
    {
        var (member, instance) = assignment.Target switch
        {
            IPropertyReferenceOperation { Arguments.Length: 0 } property => ((ISymbol?)property.Property, property.Instance),
            IFieldReferenceOperation field => (field.Field, field.Instance),
            _ => (null, null),
        };
        if (member is null)
        {
            return;
        }

        var key = ReceiverKey.Of(instance, member);
        if (key is null)
        {
            return;
        }

        if (!_memberWrites.TryGetValue(key, out var writes))
        {
            writes = new List<MemberWrite>();
            _memberWrites[key] = writes;
        }

        writes.Add(new MemberWrite(member, assignment is ISimpleAssignmentOperation ? assignment.Value : null, assignment));
    }
}
