using LabFlow.Host.Api.Attachments;
using LabFlow.Host.Api.Feedback;
using LabFlow.Host.Api.Knowledge;
using LabFlow.Host.Api.Labs;
using LabFlow.Host.Api.Methods;
using LabFlow.Host.Api.Organisation;
using LabFlow.Host.Api.Privacy;
using LabFlow.Host.Api.Project;
using LabFlow.Host.Api.Reports;
using LabFlow.Host.Api.Surveys;
using LabFlow.Host.Api.Tasks;

namespace LabFlow.Host.Api;

/// <summary>The lab resources of <c>/api/v1</c> in one place: labs and their signals, tasks, collections, organisation, step feedback.</summary>
internal static class ApiEndpoints
{
    public static RouteGroupBuilder MapLabResourceApis(this RouteGroupBuilder api) => api
        .MapLabsApi()
        .MapSignalsApi()
        .MapTasksApi()
        .MapCollectionsApi()
        .MapIdeaBoardApi()
        .MapOrganisationApi()
        .MapStandInApi()
        .MapMethodsApi()
        .MapFeedbackApi()
        .MapKnowledgeApi()
        .MapPrivacyApi()
        .MapProjectApi()
        .MapProjectRegisterApi()
        .MapReportsApi()
        .MapAttachmentsApi()
        .MapSurveyLinksApi();
}
