using System.Runtime.CompilerServices;
using Compliance.Rules.Annotations;

// The marker attributes live in Compliance.Rules.Annotations.dll (the Compliance.Analyzers package, netstandard2.0,
// so .NET Framework hosts can use them). An assembly built against a Compliance.Rules that still held them
// resolves them through these forwards.
[assembly: TypeForwardedTo(typeof(ReclassifiesRecordAttribute))]
[assembly: TypeForwardedTo(typeof(JustificationFieldAttribute))]
[assembly: TypeForwardedTo(typeof(InsufficientGroundsAttribute))]
