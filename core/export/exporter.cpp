#include "exporter.h"

#include "logging.h"
#include "nluexporter.h"
#include "parallel.h"
#include "storyfileeditor.h"
#include "storywriter.h"
#include "textdiff.h"
#include "trainingstories.h"
#include "yamltexteditor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QVersionNumber>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct ExporterMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::Exporter)
};

bool hasExtension(const QString &path, std::initializer_list<QLatin1StringView> extensions)
{
    return std::any_of(extensions.begin(), extensions.end(),
                       [&path](QLatin1StringView extension) { return path.endsWith(extension); });
}

//! The target's current content (nullopt: no file yet), after checking that
//! it can be written.
Result<std::optional<QByteArray>> readTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ExporterMessages::tr("is a folder, not a file"), path);
    if (!info.exists()) {
        QFileInfo parent(info.absolutePath());
        while (!parent.exists() && parent.absoluteFilePath() != parent.absolutePath())
            parent = QFileInfo(parent.absolutePath());
        if (!parent.isDir())
            return makeError(ExporterMessages::tr("cannot create the file: %1 is not a folder")
                                 .arg(parent.filePath()),
                             path);
        if (!parent.isWritable())
            return makeError(
                ExporterMessages::tr("cannot create the file: the folder %1 is not writable")
                    .arg(parent.filePath()),
                path);
        return std::optional<QByteArray>();
    }
    if (!info.isFile())
        return makeError(ExporterMessages::tr("is not a regular file"), path);
    if (!info.isWritable())
        return makeError(ExporterMessages::tr("the file is not writable"), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.errorString(), path);
    return std::optional<QByteArray>(file.readAll());
}

FileChange finish(FileChange::Kind kind, const QString &path, const std::optional<QByteArray> &old,
                  const QByteArray &content, bool changed, const QString &summary)
{
    FileChange change;
    change.kind = kind;
    change.path = path;
    change.exists = old.has_value();
    change.oldContent = old.value_or(QByteArray());
    change.newContent = changed ? content : change.oldContent;
    change.changed = changed && change.newContent != change.oldContent;
    change.summary = summary;
    return change;
}

//! Top-level keys a YAML training data file may have.
Status checkTrainingDataKeys(const QByteArray &content, const QString &path)
{
    Result<YamlTextEditor> editor = YamlTextEditor::open(content, path);
    if (!editor)
        return editor.error();
    static const QStringList allowed{u"version"_s, u"stories"_s, u"rules"_s, u"nlu"_s,
                                     u"responses"_s};
    for (const YamlTextEditor::Node &section : editor->sections()) {
        if (!allowed.contains(section.key)) {
            return makeError(
                ExporterMessages::tr("not a stories file: it has a top-level \"%1\" key")
                    .arg(section.key),
                path);
        }
    }
    return {};
}

//! The records of earlier exports into `path`, by conversation.
QHash<QString, QList<StoryRecord>> recordsFor(const QList<ExportConversation> &conversations,
                                              const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    QHash<QString, QList<StoryRecord>> records;
    for (const ExportConversation &conversation : conversations) {
        for (const StoryRecord &record : conversation.records) {
            if (QFileInfo(record.file).absoluteFilePath() == target)
                records[conversation.id].append(record);
        }
    }
    return records;
}

StoryWriterOptions storyOptions(const ExportInput &input)
{
    StoryWriterOptions options;
    options.version = Exporter::rasaMajorVersion(input) >= 3 ? u"3.1"_s : u"2.0"_s;
    options.testStories = input.options.testStories;
    for (const SlotDefinition &slot : input.domain.slotDefinitions()) {
        if (slot.type == "float"_L1)
            options.floatSlots.insert(slot.name);
    }
    return options;
}

QString storiesSummary(const StoryPlanner::Plan &plan)
{
    using Kind = StoryOutcome::Kind;
    return ExporterMessages::tr(
               "stories: %1 new, %2 replaced, %3 unchanged, %4 skipped as duplicates")
        .arg(plan.count(Kind::New))
        .arg(plan.count(Kind::Replaced))
        .arg(plan.count(Kind::Unchanged))
        .arg(plan.count(Kind::Duplicate));
}

//! What the three files need of the conversations: story parts and NLU
//! examples.
struct ConversationReading
{
    QList<ConversationParts> parts;
    QList<TrainingExample> examples;
};

//! Reads every event once for all three files, slices of conversations on
//! all cores: they are independent until stories are numbered.
ConversationReading readConversations(const QList<ExportConversation> &conversations)
{
    const QList<ConversationReading> slices =
        Parallel::mapSlices(conversations.size(), 64, [&conversations](Parallel::Slice slice) {
            ConversationReading reading;
            for (qsizetype i = slice.begin; i < slice.end; ++i) {
                const ExportConversation &conversation = conversations.at(i);
                reading.parts.append(
                    {conversation.id, StoryBuilder::storyParts(conversation.events)});
                reading.examples += NluData::collect(conversation.events);
            }
            return reading;
        });
    ConversationReading all;
    for (const ConversationReading &slice : slices) {
        all.parts += slice.parts;
        all.examples += slice.examples;
    }
    return all;
}

} // namespace

QString FileChange::diff() const
{
    if (!changed)
        return QString();
    return TextDiff::unified(QString::fromUtf8(oldContent), QString::fromUtf8(newContent),
                             exists ? "a/"_L1 + path : QString(), "b/"_L1 + path);
}

bool ExportPreview::hasChanges() const
{
    return std::any_of(files.cbegin(), files.cend(),
                       [](const FileChange &file) { return file.changed; });
}

int Exporter::rasaMajorVersion(const ExportInput &input)
{
    const QVersionNumber version = QVersionNumber::fromString(input.options.rasaVersion);
    if (!version.isNull() && version.majorVersion() >= 1)
        return version.majorVersion();
    const int fromDomain = input.domain.formatMajorVersion();
    return fromDomain >= 2 ? fromDomain : 3;
}

Result<ExportPreview> Exporter::prepare(const ExportInput &input)
{
    const ExportOptions &options = input.options;
    ConversationReading reading = readConversations(input.conversations);
    for (const TrainingExample &example : input.extraExamples) {
        const auto same = [&example](const TrainingExample &e) {
            return e.text == example.text && e.intent == example.intent;
        };
        if (std::none_of(reading.examples.cbegin(), reading.examples.cend(), same))
            reading.examples.append(example);
    }
    const QList<ConversationParts> &parts = reading.parts;
    const QList<TrainingExample> &examples = reading.examples;

    // NLU and domain are prepared beside the stories, which take longest.
    struct NluAndDomain
    {
        std::optional<Result<FileChange>> nlu;
        std::optional<Result<FileChange>> domain;
        QList<ResponseConflict> conflicts;
    };
    QFuture<NluAndDomain> others = QtConcurrent::run([&input, &parts, &examples] {
        NluAndDomain prepared;
        if (!input.options.nluPath.isEmpty())
            prepared.nlu = prepareNlu(input, examples);
        if (!input.options.domainPath.isEmpty())
            prepared.domain = prepareDomain(input, parts, examples, &prepared.conflicts);
        return prepared;
    });
    std::optional<Result<FileChange>> stories;
    StoryPlanner::Plan plan;
    if (!options.storiesPath.isEmpty())
        stories = prepareStories(input, parts, &plan);
    const NluAndDomain rest = others.result(); // before anything goes out of scope

    ExportPreview preview;
    for (const std::optional<Result<FileChange>> &file : {stories, rest.nlu, rest.domain}) {
        if (!file)
            continue;
        if (!*file)
            return file->error();
        preview.files.append(file->value());
    }
    preview.conflicts = rest.conflicts;
    preview.stories = plan.outcomes;
    preview.records = plan.records;
    return preview;
}

Result<FileChange> Exporter::prepareStories(const ExportInput &input,
                                            const QList<ConversationParts> &parts,
                                            StoryPlanner::Plan *plan)
{
    const QString &path = input.options.storiesPath;
    const int major = rasaMajorVersion(input);
    const bool markdown = path.endsWith(".md"_L1);
    if (!markdown && !hasExtension(path, {".yml"_L1, ".yaml"_L1}))
        return makeError(
            ExporterMessages::tr(
                "stories must be exported to a .yml or .yaml file (or .md for Rasa 2.x)"),
            path);
    if (markdown && major >= 3)
        return makeError(
            ExporterMessages::tr("Rasa %1 reads only YAML stories; use a .yml file").arg(major),
            path);
    Result<std::optional<QByteArray>> existing = readTarget(path);
    if (!existing)
        return existing.error();
    const QByteArray old = existing->value_or(QByteArray());
    const StoryReader::Format format =
        markdown ? StoryReader::Format::Markdown : StoryReader::Format::Yaml;
    if (!markdown && !old.trimmed().isEmpty()) {
        Status keys = checkTrainingDataKeys(old, path);
        if (!keys)
            return keys.error();
    }
    Result<StorySteps> present = StoryReader::read(old, format, path, &input.domain);
    if (!present)
        return makeError(ExporterMessages::tr("cannot add stories to this file: %1")
                             .arg(present.error().toString()),
                         path);
    const StoryWriterOptions options = storyOptions(input);
    *plan = StoryPlanner::plan({parts, recordsFor(input.conversations, path), path, *present,
                                TrainingStories::read(path, &input.domain), options});
    const StoryEdits edits{plan->replaced, plan->added, plan->addedItems};
    const auto writer = StoryWriter::create(format, options);
    QByteArray content = old;
    if (!plan->added.isEmpty() && plan->replaced.isEmpty() && old.trimmed().isEmpty()) {
        content = StoryFileEditor::render(*writer, markdown,
                                          edits); // the writer's own layout: tested to load
    } else if (!edits.isEmpty()) {
        Result<QByteArray> edited = StoryFileEditor::edit(old, path, *writer, markdown, edits);
        if (!edited)
            return makeError(edited.error().message, path);
        content = *edited;
        // Text changed in someone's file: make sure the whole file still loads.
        Result<StorySteps> check = StoryReader::read(content, format, path, &input.domain);
        if (!check)
            return makeError(ExporterMessages::tr("the exported stories would not load: %1")
                                 .arg(check.error().toString()),
                             path);
    }
    return finish(FileChange::Kind::Stories, path, *existing, content, !edits.isEmpty(),
                  storiesSummary(*plan));
}

Result<FileChange> Exporter::prepareNlu(const ExportInput &input,
                                        const QList<TrainingExample> &examples)
{
    const QString &path = input.options.nluPath;
    const int major = rasaMajorVersion(input);
    if (!NluReader::formatForPath(path))
        return makeError(
            ExporterMessages::tr(
                "NLU data must be exported to a .yml, .yaml or .json file (or .md for Rasa 2.x)"),
            path);
    if (path.endsWith(".md"_L1) && major >= 3)
        return makeError(
            ExporterMessages::tr("Rasa %1 cannot read Markdown NLU data; use a .yml file")
                .arg(major),
            path);
    Result<std::optional<QByteArray>> existing = readTarget(path);
    if (!existing)
        return existing.error();
    Result<NluFileUpdate> update =
        NluExporter::merge(*existing, path, examples, major >= 3 ? u"3.1"_s : u"2.0"_s);
    if (!update)
        return update.error();
    const QString summary = ExporterMessages::tr("examples added: %1").arg(update->added);
    return finish(FileChange::Kind::Nlu, path, *existing, update->content, update->changed,
                  summary);
}

Result<FileChange> Exporter::prepareDomain(const ExportInput &input,
                                           const QList<ConversationParts> &parts,
                                           const QList<TrainingExample> &examples,
                                           QList<ResponseConflict> *conflicts)
{
    const QString &path = input.options.domainPath;
    if (!hasExtension(path, {".yml"_L1, ".yaml"_L1}))
        return makeError(
            ExporterMessages::tr("the domain must be exported to a .yml or .yaml file"), path);
    Result<std::optional<QByteArray>> existing = readTarget(path);
    if (!existing)
        return existing.error();
    const DomainAdditions additions =
        DomainExporter::collect(parts, examples, input.domain, input.newResponses);
    Result<DomainFileUpdate> update =
        DomainExporter::merge(*existing, path, input.domain, additions, rasaMajorVersion(input),
                              input.options.responseClash);
    if (!update)
        return update.error();
    *conflicts = update->conflicts;
    const DomainAdditions &added = update->added;
    QString summary =
        ExporterMessages::tr("added: %1 intents, %2 entities, %3 actions, %4 responses")
            .arg(added.intents.size())
            .arg(added.entities.size())
            .arg(added.actions.size())
            .arg(added.responses.size());
    if (update->replaced > 0)
        summary += ExporterMessages::tr("; responses replaced: %1").arg(update->replaced);
    return finish(FileChange::Kind::Domain, path, *existing, update->content, update->changed,
                  summary);
}

Status Exporter::write(const ExportPreview &preview, QStringList *written)
{
    for (const FileChange &file : preview.files) {
        if (!file.changed)
            continue;
        const QFileInfo info(file.path);
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(
                ExporterMessages::tr("cannot create the folder %1").arg(info.absolutePath()),
                file.path);
        QSaveFile save(file.path);
        if (!save.open(QIODevice::WriteOnly))
            return makeError(ExporterMessages::tr("cannot write: %1").arg(save.errorString()),
                             file.path);
        if (save.write(file.newContent) != file.newContent.size() || !save.commit())
            return makeError(ExporterMessages::tr("cannot write: %1").arg(save.errorString()),
                             file.path);
        qCInfo(lcExport) << "exported" << file.path;
        if (written)
            written->append(file.path);
    }
    return {};
}

} // namespace Coach
