using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Flow;

/// <summary>
/// Flattens a value into the values it is made of: the elements of array creations, collection
/// expressions and collection initializers (through single-valued locals); any other value is itself
/// one element. Elements that cannot be known (a spread, a parameter) stay as they are, so a rule that
/// needs every element to be something can see that one is not.
/// </summary>
internal static class Elements
{
    private const int MaxDepth = 8;

    /// <param name="value">The value to flatten.</param>
    /// <param name="body">The body it is in, to follow single-valued locals.</param>
    /// <param name="stopAtConstants">Keep a local constant's reference as the element instead of following it to its declaration.</param>
    public static List<IOperation> Of(IOperation value, BodyIndex body, bool stopAtConstants = false)
    {
        var elements = new List<IOperation>();
        Add(value, body, elements, 0, stopAtConstants);
        return elements;
    }

    private static void Add(IOperation value, BodyIndex body, List<IOperation> elements, int depth, bool stopAtConstants)
    {
        var resolved = body.Resolve(value, stopAtConstants);
        if (depth >= MaxDepth)
        {
            elements.Add(resolved);
            return;
        }

        switch (resolved)
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.ElementValues)
                {
                    Add(element, body, elements, depth + 1, stopAtConstants);
                }

                return;
            case IObjectCreationOperation { Arguments.Length: 0, Initializer: { } initializer }
                when IsCollectionInitializer(initializer):
                foreach (var element in initializer.Initializers)
                {
                    AddCollectionElement(element, body, elements, depth + 1, stopAtConstants);
                }

                return;
        }

        if (Values.IsCollectionExpression(resolved))
        {
            foreach (var element in resolved.ChildOperations)
            {
                Add(element, body, elements, depth + 1, stopAtConstants);
            }

            return;
        }

        elements.Add(resolved);
    }

    private static bool IsCollectionInitializer(IObjectOrCollectionInitializerOperation initializer)
    {
        foreach (var element in initializer.Initializers)
        {
            if (element is IAssignmentOperation)
            {
                return false;
            }
        }

        return initializer.Initializers.Length > 0;
    }

    private static void AddCollectionElement(IOperation element, BodyIndex body, List<IOperation> elements, int depth, bool stopAtConstants)
    {
        switch (element)
        {
            case IInvocationOperation { Arguments.Length: 1 } add:
                Add(add.Arguments[0].Value, body, elements, depth, stopAtConstants);
                break;
            default:
                elements.Add(element);
                break;
        }
    }
}
