namespace NetFrameworkHost
{
    /// <summary>Cancellations as written in this system's code, some right, some wrong.</summary>
    public class CancellationDesk
    {
        /// <summary>Right: rationale, documentary grounds and an authoriser.</summary>
        public void CancelDuplicate(CaseFile file, string originalRef)
        {
            file.Cancel("Same incident as " + originalRef + ": same victim, time and place", new[] { CancellationGround.Documentary }, "FCR 0042");
        }

        /// <summary>Wrong (CMP001): no rationale.</summary>
        public void CancelWithoutRationale(CaseFile file)
        {
            file.Cancel(null, new[] { CancellationGround.Cctv }, "DI 3131");
        }

        /// <summary>Wrong (CMP002): a placeholder for the rationale.</summary>
        public void CancelWithPlaceholder(CaseFile file)
        {
            file.Cancel("TBC", new[] { CancellationGround.Cctv }, "DI 3131");
        }

        /// <summary>Wrong (CMP003): the victim's retraction is the only ground.</summary>
        public void CancelAfterRetraction(CaseFile file)
        {
            file.Cancel("Victim now says it did not happen", new[] { CancellationGround.VictimRetraction }, "DI 3131");
        }
    }
}
