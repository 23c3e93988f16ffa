namespace Compliance.Rules.Tests.Architecture.Planted
{
    /// <summary>Namespaces planted to prove the layer check fails when it should.</summary>
    internal static class PlantedNames
    {
        public const string Root = "Compliance.Rules.Tests.Architecture.Planted";
        public const string Base = Root + ".Base";
        public const string Top = Root + ".Top";
        public const string CycleA = Base + ".CycleA";
        public const string CycleB = Base + ".CycleB";
        public const string Unplaced = Root + ".Unplaced";
    }
}

namespace Compliance.Rules.Tests.Architecture.Planted.Top
{
    /// <summary>A later layer; using the base is allowed.</summary>
    internal sealed class Upper
    {
        public Base.Lower Below { get; } = new();
    }
}

namespace Compliance.Rules.Tests.Architecture.Planted.Base
{
    internal sealed class Lower
    {
    }

    /// <summary>The planted reverse edge: only a method body names the later layer.</summary>
    internal static class ReachesUp
    {
        public static int Count()
        {
            var upper = new Top.Upper();
            return upper.GetHashCode();
        }
    }
}

namespace Compliance.Rules.Tests.Architecture.Planted.Base.CycleA
{
    internal static class A
    {
        public static string Name() => nameof(A) + CycleB.B.Name();
    }
}

namespace Compliance.Rules.Tests.Architecture.Planted.Base.CycleB
{
    internal static class B
    {
        public static string Name() => nameof(B) + typeof(CycleA.A).Name;
    }
}

namespace Compliance.Rules.Tests.Architecture.Planted.Unplaced
{
    internal static class Stray
    {
        public static object Make() => new Top.Upper();
    }
}
