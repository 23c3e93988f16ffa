namespace Compliance.Rules.Sampling;

/// <summary>The decision a stratum's auditors judge; it also says which date places an item in the plan period.</summary>
public enum SampledDecision
{
    /// <summary>A cancellation: dated by <c>authorisedAt</c>, else <c>requestedAt</c>.</summary>
    Cancellation,

    /// <summary>The recording decision: dated by <c>recordingDecision.decidedAt</c>.</summary>
    Recording,

    /// <summary>An N100 decision: dated by <c>recordingDecision.decidedAt</c>.</summary>
    N100,

    /// <summary>An outcome: dated by the first non-zero outcome's <c>assignedAt</c>.</summary>
    Outcome,

    /// <summary>An incident's handling: dated by <c>receivedAt</c>.</summary>
    Incident,
}
