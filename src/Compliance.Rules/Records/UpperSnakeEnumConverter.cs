using System.Text.Json;
using System.Text.Json.Serialization;

namespace Compliance.Rules.Records;

/// <summary>
/// Reads and writes an enum as its UPPER_SNAKE name (<c>FrontCounter</c> ↔ <c>"FRONT_COUNTER"</c>).
/// Integers are refused: an export that writes enum ordinals would silently change meaning when
/// members are added, so the contract is names only.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class UpperSnakeEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter.</summary>
    public UpperSnakeEnumConverter()
        : base(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false)
    {
    }
}
