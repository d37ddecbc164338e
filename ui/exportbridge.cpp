#include "exportbridge.h"

#include "export/exporter.h"

namespace Coach {

Result<ExportBridge::Plan> ExportBridge::prepare(const Request &request)
{
    ExportInput input;
    for (const Conversation &conversation : request.conversations)
        input.conversations.append({conversation.id, conversation.events, conversation.records});
    input.domain = Domain::fromJson(request.domain).valueOr(Domain());
    for (const auto &[name, variations] : request.newResponses)
        input.newResponses.append(ResponseDefinition{name, variations});
    input.options.storiesPath = request.storiesPath;
    input.options.nluPath = request.nluPath;
    input.options.domainPath = request.domainPath;
    input.options.testStories = request.testStories;
    input.options.rasaVersion = request.rasaVersion;
    input.options.responseClash =
        request.replaceClashingResponses ? ResponseClash::Replace : ResponseClash::Keep;
    input.extraExamples = request.extraExamples;
    Result<ExportPreview> preview = Exporter::prepare(input);
    if (!preview)
        return preview.error();
    Plan plan;
    for (const FileChange &file : preview->files)
        plan.files.append(File{file.path, file.exists, file.changed, file.diff(), file.summary});
    for (const ResponseConflict &conflict : preview->conflicts)
        plan.conflictingResponses.append(conflict.name);
    plan.stories = preview->stories;
    plan.records = preview->records;
    plan.hasChanges = preview->hasChanges();
    plan.preview = std::make_shared<const ExportPreview>(std::move(preview).value());
    return plan;
}

Status ExportBridge::write(const Plan &plan, QStringList *written)
{
    const auto *preview = static_cast<const ExportPreview *>(plan.preview.get());
    if (!preview)
        return makeError(QStringLiteral("no export was prepared"));
    return Exporter::write(*preview, written);
}

} // namespace Coach
