using System.ComponentModel.DataAnnotations;

namespace LabFlow.Host.Configuration;

/// <summary>Top-level settings of LabFlow (section <c>LabFlow</c>).</summary>
public sealed class LabFlowOptions
{
    public const string SectionName = "LabFlow";

    /// <summary>
    /// Folder for LabFlow's own files (the SQLite database, the email pickup folder).
    /// Relative paths are under the Host's content root. Default: <c>App_Data</c>.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "LabFlow:DataPath must name a folder (default App_Data).")]
    public string DataPath { get; set; } = "App_Data";

    /// <summary>
    /// Folder of the shipped flows, loaded and validated at start-up. Relative paths are under the
    /// Host's binary folder, where the build copies <c>workflows-json/</c>. Default: <c>workflows-json</c>.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "LabFlow:FlowsPath must name a folder (default workflows-json).")]
    public string FlowsPath { get; set; } = "workflows-json";

    /// <summary>
    /// Folder of the shipped methods of the method library, loaded and validated at start-up. Relative paths are under
    /// the Host's binary folder. Default: <c>workflows-json/methods</c>.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "LabFlow:MethodsPath must name a folder (default workflows-json/methods).")]
    public string MethodsPath { get; set; } = "workflows-json/methods";
}
