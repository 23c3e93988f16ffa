using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Flow;

/// <summary>Small questions about a value operation, asked the same way by every rule.</summary>
internal static class Values
{
    /// <summary>The value under any conversions (casts, boxing, nullable lifting, target typing).</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        var current = operation;
        for (var depth = 0; depth < 64 && current is IConversionOperation { Operand: { } operand }; depth++)
        {
            current = operand;
        }

        return current;
    }

    /// <summary><c>null</c>, <c>default</c> or <c>default(T)</c>, also behind a cast or <c>!</c>.</summary>
    public static bool IsNullOrDefault(IOperation operation)
    {
        if (operation.ConstantValue.HasValue && operation.ConstantValue.Value is null)
        {
            return true;
        }

        var value = Unwrap(operation);
        return value is IDefaultValueOperation
            || (value is ILiteralOperation && value.ConstantValue.HasValue && value.ConstantValue.Value is null);
    }

    /// <summary>The compile-time string a value always has (a literal, a constant, <c>string.Empty</c>).</summary>
    public static string? ConstantString(IOperation operation)
    {
        if (operation.ConstantValue.HasValue)
        {
            return operation.ConstantValue.Value as string;
        }

        var value = Unwrap(operation);
        if (value.ConstantValue.HasValue)
        {
            return value.ConstantValue.Value as string;
        }

        return value is IFieldReferenceOperation { Field: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String } }
            ? string.Empty
            : null;
    }

    /// <summary>A collection expression (<c>[a, b]</c>), whatever operation the running compiler gives it.</summary>
    public static bool IsCollectionExpression(IOperation operation) =>
        operation.Syntax.IsKind(SyntaxKind.CollectionExpression) && operation is not IConversionOperation;
}
