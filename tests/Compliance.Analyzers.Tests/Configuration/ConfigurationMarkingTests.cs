using static Compliance.Analyzers.Tests.Verification.AnalyzerVerifier;

namespace Compliance.Analyzers.Tests.Configuration;

/// <summary>Members a host cannot annotate, marked with documentation ids in .globalconfig / .editorconfig.</summary>
public sealed class ConfigurationMarkingTests
{
    private const string VendorTypes = """
        #nullable enable
        namespace Vendor.Rms
        {
            public enum Ground { Cctv, Retraction }

            public sealed class CaseFile
            {
                public string Status { get; set; } = "";
                public string? Reason { get; set; }
                public string? Authoriser { get; set; }
            }

            public sealed class Reclassification
            {
                public Reclassification(CaseFile file, string? reason) { }
            }

            public static class CaseApi
            {
                public static void Cancel(CaseFile file, string? reason, Ground ground) { }
            }
        }
        """;

    private const string GlobalMarks = """
        is_global = true
        compliance.reclassifies_record_members = M:Vendor.Rms.CaseApi.Cancel(Vendor.Rms.CaseFile,System.String,Vendor.Rms.Ground) | P:Vendor.Rms.CaseFile.Status => Reason, Authoriser | M:Vendor.Rms.Reclassification..ctor(Vendor.Rms.CaseFile,System.String)
        compliance.justification_members = M:Vendor.Rms.CaseApi.Cancel(Vendor.Rms.CaseFile,System.String,Vendor.Rms.Ground) => reason, ground | M:Vendor.Rms.Reclassification..ctor(Vendor.Rms.CaseFile,System.String) => reason | P:Vendor.Rms.CaseFile.Reason
        compliance.insufficient_grounds_members = F:Vendor.Rms.Ground.Retraction
        compliance.placeholder_texts = pending | to follow
        """;

    [Fact]
    public Task Globalconfig_marks_methods_constructors_parameters_properties_and_grounds() =>
        VerifyAsync(VendorTypes + """

            class Workflow
            {
                void Run(Vendor.Rms.CaseFile file)
                {
                    {|#0:Vendor.Rms.CaseApi.Cancel(file, null, Vendor.Rms.Ground.Cctv)|};
                    {|#1:Vendor.Rms.CaseApi.Cancel(file, "Victim retracted", Vendor.Rms.Ground.Retraction)|};
                    Vendor.Rms.CaseApi.Cancel(file, "CCTV shows no offence", Vendor.Rms.Ground.Cctv);
                    // Reason is assigned further down this body, so only Authoriser is missing.
                    {|#2:file.Status = "CANCELLED"|};
                    _ = {|#3:new Vendor.Rms.Reclassification(file, null)|};
                    file.Reason = {|#4:"Pending"|};
                }
            }
            """,
            [("/.globalconfig", GlobalMarks)],
            Diagnostic("CMP001").WithLocation(0).WithArguments("CaseApi.Cancel", "'reason'"),
            Diagnostic("CMP003").WithLocation(1).WithArguments("CaseApi.Cancel", "'Ground.Retraction'"),
            Diagnostic("CMP001").WithLocation(2).WithArguments("CaseFile.Status", "'Authoriser'"),
            Diagnostic("CMP001").WithLocation(3).WithArguments("new Reclassification", "'reason'"),
            Diagnostic("CMP002").WithLocation(4).WithArguments("Pending", "Reason"));

    [Fact]
    public Task Without_configuration_the_same_code_is_silent() =>
        VerifyAsync(VendorTypes + """

            class Workflow
            {
                void Run(Vendor.Rms.CaseFile file)
                {
                    Vendor.Rms.CaseApi.Cancel(file, null, Vendor.Rms.Ground.Retraction);
                    file.Status = "CANCELLED";
                    file.Reason = "pending";
                }
            }
            """);

    [Fact]
    public Task Editorconfig_section_marks_apply_to_the_files_it_matches() =>
        VerifyAsync(VendorTypes + """

            class Workflow
            {
                void Run(Vendor.Rms.CaseFile file) => {|CMP001:file.Status = "CANCELLED"|};
            }
            """,
            [("/.editorconfig", """
                root = true

                [*.cs]
                compliance.reclassifies_record_members = P:Vendor.Rms.CaseFile.Status => Reason
                """)]);

    [Fact]
    public Task Editorconfig_section_for_other_files_does_not_apply() =>
        VerifyAsync(VendorTypes + """

            class Workflow
            {
                void Run(Vendor.Rms.CaseFile file) => file.Status = "CANCELLED";
            }
            """,
            [("/.editorconfig", """
                root = true

                [*.vb]
                compliance.reclassifies_record_members = P:Vendor.Rms.CaseFile.Status => Reason
                """)]);

    [Fact]
    public Task Unresolvable_and_malformed_entries_are_ignored() =>
        VerifyAsync(VendorTypes + """

            class Workflow
            {
                void Run(Vendor.Rms.CaseFile file) => {|CMP001:file.Status = "CANCELLED"|};
            }
            """,
            [("/.globalconfig", """
                is_global = true
                compliance.reclassifies_record_members = M:Nope.Missing() | | => Reason | P: | garbage | P:Vendor.Rms.CaseFile.Status => , Reason,
                compliance.justification_members = =>
                compliance.insufficient_grounds_members = F:Vendor.Rms.Ground.Nothing | T:Vendor.Rms.Ground
                """)]);

    [Fact]
    public Task Configuration_adds_to_attributes_rather_than_replacing_them() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    service.AddNote(crime, {|CMP002:"awaiting statement"|});
                    service.AddNote(crime, {|CMP002:"tbc"|});
                    {|CMP001:service.Tag(crime, AviKind.Cctv, null)|};
                }
            }
            """,
            [("/.globalconfig", """
                is_global = true
                compliance.placeholder_texts = awaiting statement
                compliance.reclassifies_record_members = M:Host.Rms.CrimeService.Tag(Host.Rms.Crime,Host.Rms.AviKind,System.String)
                compliance.justification_members = M:Host.Rms.CrimeService.Tag(Host.Rms.Crime,Host.Rms.AviKind,System.String) => note
                """)]);
}
