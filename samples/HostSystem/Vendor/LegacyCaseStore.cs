namespace HostSystem.Vendor;

/// <summary>
/// Stands in for a vendor library the force cannot edit. It is marked as a classification change in
/// compliance.globalconfig instead of with attributes.
/// </summary>
public static class LegacyCaseStore
{
    public static void Withdraw(string crimeRef, string reason) => _ = (crimeRef, reason);
}
