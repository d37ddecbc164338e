#include "exportcommand.h"

#include "inbox/sessioninboxstate.h"

#include "export/exporter.h"
#include "model/tracker.h"
#include "session/sessiondocument.h"
#include "session/sessionformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct ExportCommandMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::ExportCommand)
};

enum ExitCode { Done = 0, BadInput = 1, WriteFailed = 2, Conflicts = 3 };

Result<QJsonValue> readJsonFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return makeError(ExportCommandMessages::tr("is a folder, not a file"), path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.errorString(), path);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ExportCommandMessages::tr("invalid JSON at offset %1: %2")
                             .arg(error.offset)
                             .arg(error.errorString()),
                         path);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

Result<ExportConversation> readConversation(const QString &path)
{
    Result<QJsonValue> json = readJsonFile(path);
    if (!json)
        return json.error();
    if (!json->isObject())
        return makeError(
            ExportCommandMessages::tr("a tracker must be a JSON object with \"events\""), path);
    Result<TrackerSnapshot> tracker = TrackerSnapshot::fromJson(*json, true);
    if (!tracker)
        return makeError(tracker.error().toString(), path);
    const QString id =
        tracker->senderId.isEmpty() ? QFileInfo(path).completeBaseName() : tracker->senderId;
    return ExportConversation{id, tracker->events};
}

Result<QList<ResponseDefinition>> readNewResponses(const QString &path)
{
    if (path.isEmpty())
        return QList<ResponseDefinition>();
    Result<QJsonValue> json = readJsonFile(path);
    if (!json)
        return json.error();
    if (!json->isObject())
        return makeError(
            ExportCommandMessages::tr("new responses must be a JSON object of response names"),
            path);
    Result<Domain> responses = Domain::fromJson(QJsonObject{{u"responses"_s, *json}});
    if (!responses)
        return makeError(responses.error().message, path);
    return responses->responses();
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"tracker"_s,
         ExportCommandMessages::tr("A tracker (GET /conversations/{id}/tracker body); repeatable."),
         u"file"_s},
        {u"session"_s,
         ExportCommandMessages::tr(
             "A Rasa Coach session (.coach): its conversations, domain snapshot, new "
             "responses, export paths and Rasa version."),
         u"file"_s},
        {u"domain"_s,
         ExportCommandMessages::tr("The bot's domain (GET /domain body, or domain.yml)."),
         u"file"_s},
        {u"new-responses"_s, ExportCommandMessages::tr("Responses created in the session (JSON)."),
         u"file"_s},
        {u"stories"_s,
         ExportCommandMessages::tr("Stories file to write or extend (.yml, .md for Rasa 2.x)."),
         u"path"_s},
        {u"nlu"_s,
         ExportCommandMessages::tr("NLU file to write or extend (.yml, .json, .md for Rasa 2.x)."),
         u"path"_s},
        {u"domain-out"_s, ExportCommandMessages::tr("Domain file to write or extend (.yml)."),
         u"path"_s},
        {u"rasa-version"_s,
         ExportCommandMessages::tr("The Rasa version to write for (default: from the domain)."),
         u"version"_s},
        {u"e2e"_s,
         ExportCommandMessages::tr("Write end-to-end test stories (with the user's text).")},
        {u"responses"_s,
         responseClashRule() + u' '
             + ExportCommandMessages::tr(
                 "\"keep\" (the default) keeps the domain's text, \"replace\" "
                 "writes the session's."),
         u"keep|replace"_s},
        {u"update-session"_s,
         ExportCommandMessages::tr(
             "With --session: also write what was exported into the session "
             "file's export records, so that a later export replaces changed "
             "stories in place instead of adding them again. This changes the "
             "session file.")},
        {u"dry-run"_s, ExportCommandMessages::tr("Print what would change; write nothing.")},
    });
    parser.addHelpOption();
}

Result<std::optional<SessionData>> readSession(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"session"_s))
        return std::optional<SessionData>();
    Result<SessionData> data = SessionFormat::readFile(parser.value(u"session"_s));
    if (!data)
        return data.error();
    return std::optional<SessionData>(std::move(data).value());
}

//! Options from the command line; a session fills in what is not given.
Result<ExportOptions> readOptions(const QCommandLineParser &parser,
                                  const std::optional<SessionData> &session)
{
    const ExportPaths paths = session ? session->exportPaths : ExportPaths();
    const bool anyPath =
        parser.isSet(u"stories"_s) || parser.isSet(u"nlu"_s) || parser.isSet(u"domain-out"_s);
    ExportOptions options;
    options.storiesPath = anyPath ? parser.value(u"stories"_s) : paths.stories;
    options.nluPath = anyPath ? parser.value(u"nlu"_s) : paths.nlu;
    options.domainPath = anyPath ? parser.value(u"domain-out"_s) : paths.domain;
    if (options.storiesPath.isEmpty() && options.nluPath.isEmpty() && options.domainPath.isEmpty())
        return makeError(
            ExportCommandMessages::tr("nothing to export: give --stories, --nlu or --domain-out"));
    options.testStories = parser.isSet(u"e2e"_s);
    const QString responses = parser.value(u"responses"_s);
    if (!responses.isEmpty() && responses != "keep"_L1 && responses != "replace"_L1)
        return makeError(ExportCommandMessages::tr("--responses must be \"keep\" or \"replace\""));
    options.responseClash =
        responses == "replace"_L1 ? ResponseClash::Replace : ResponseClash::Keep;
    if (parser.isSet(u"update-session"_s) && !session)
        return makeError(ExportCommandMessages::tr("--update-session needs a --session file"));
    options.rasaVersion = parser.value(u"rasa-version"_s);
    if (options.rasaVersion.isEmpty() && session)
        options.rasaVersion = session->server.rasaVersion;
    return options;
}

//! --domain when given, else the session's domain snapshot.
Result<Domain> readDomain(const QCommandLineParser &parser,
                          const std::optional<SessionData> &session)
{
    if (!parser.isSet(u"domain"_s)) {
        if (!session || session->domain.isEmpty())
            return makeError(ExportCommandMessages::tr("give the bot's domain with --domain"));
        Result<Domain> domain = Domain::fromJson(session->domain);
        if (!domain)
            return makeError(domain.error().message, parser.value(u"session"_s));
        return domain;
    }
    Result<Domain> domain = Domain::fromFile(parser.value(u"domain"_s));
    if (!domain)
        return makeError(domain.error().message,
                         domain.error().where.isEmpty() ? parser.value(u"domain"_s)
                                                        : domain.error().where);
    return domain;
}

Status addConversations(const QCommandLineParser &parser, const std::optional<SessionData> &session,
                        ExportInput &input)
{
    const QStringList trackers = parser.values(u"tracker"_s);
    if (trackers.isEmpty() && !session)
        return makeError(
            ExportCommandMessages::tr("give at least one --tracker file or a --session"));
    if (session) {
        for (const Conversation &conversation : session->conversations)
            input.conversations.append(
                {conversation.id, conversation.events, conversation.exportRecords});
        for (const NewResponse &response : session->newResponses)
            input.newResponses.append(ResponseDefinition{response.name, response.variations});
        input.extraExamples = SessionInboxState::fromJson(session->inbox).acceptedExamples;
    }
    for (const QString &path : trackers) {
        Result<ExportConversation> conversation = readConversation(path);
        if (!conversation)
            return conversation.error();
        input.conversations.append(*conversation);
    }
    return {};
}

Result<ExportInput> readInput(const QCommandLineParser &parser)
{
    Result<std::optional<SessionData>> session = readSession(parser);
    if (!session)
        return session.error();
    ExportInput input;
    if (Status status = addConversations(parser, *session, input); !status)
        return status.error();
    Result<Domain> domain = readDomain(parser, *session);
    if (!domain)
        return domain.error();
    input.domain = *domain;
    Result<ExportOptions> options = readOptions(parser, *session);
    if (!options)
        return options.error();
    input.options = *options;
    Result<QList<ResponseDefinition>> responses =
        readNewResponses(parser.value(u"new-responses"_s));
    if (!responses)
        return responses.error();
    input.newResponses += *responses;
    return input;
}

void reportConflicts(const ExportPreview &preview, ResponseClash clash, QTextStream &err)
{
    for (const ResponseConflict &conflict : preview.conflicts) {
        if (clash == ResponseClash::Replace) {
            err << ExportCommandMessages::tr(
                       "note: the response \"%1\" already exists with other texts; the session's "
                       "text "
                       "replaces it")
                       .arg(conflict.name)
                << Qt::endl;
            continue;
        }
        err << ExportCommandMessages::tr(
                   "warning: the response \"%1\" already exists with other texts; the domain keeps "
                   "its "
                   "text (--responses replace writes the session's)")
                   .arg(conflict.name)
            << Qt::endl;
    }
}

void reportStories(const ExportPreview &preview, QTextStream &out)
{
    for (const StoryOutcome &outcome : preview.stories)
        out << StoryPlanner::describe(outcome) << Qt::endl;
}

//! Writes the export records into the session file (--update-session):
//! through SessionDocument, so that the events' text is copied unchanged.
Status updateSession(const QString &fileName, const ExportPreview &preview)
{
    Result<std::unique_ptr<SessionDocument>> opened = SessionDocument::open(fileName);
    if (!opened)
        return opened.error();
    SessionDocument &document = *opened.value();
    for (const StoryRecordUpdate &update : preview.records) {
        const int conversation = document.conversationIndex(update.conversationId);
        if (conversation >= 0)
            document.setExportRecord(conversation, update.record);
    }
    return document.isModified() ? document.save() : Status();
}

//! Prints the diffs (dry run) or writes the files; the exit code.
int finish(const ExportPreview &preview, const QCommandLineParser &parser, QTextStream &out,
           QTextStream &err)
{
    const bool replace = parser.value(u"responses"_s) == "replace"_L1;
    const int success = preview.conflicts.isEmpty() || replace ? Done : Conflicts;
    reportStories(preview, out);
    if (parser.isSet(u"dry-run"_s)) {
        for (const FileChange &file : preview.files)
            out << (file.changed ? file.diff()
                                 : ExportCommandMessages::tr("%1: unchanged\n").arg(file.path));
        return success;
    }
    QStringList written;
    Status status = Exporter::write(preview, &written);
    for (const FileChange &file : preview.files) {
        if (written.contains(file.path))
            out << ExportCommandMessages::tr("%1: %2").arg(file.path, file.summary) << Qt::endl;
    }
    if (status && parser.isSet(u"update-session"_s))
        status = updateSession(parser.value(u"session"_s), preview);
    if (!status) {
        err << "rasa-coach export: " << status.error().toString() << Qt::endl;
        return WriteFailed;
    }
    return success;
}

} // namespace

int runExportCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExportCommandMessages::tr("Export conversations as Rasa training data."));
    addOptions(parser);
    if (!parser.parse(QStringList{u"rasa-coach export"_s} + arguments)) {
        err << "rasa-coach export: " << parser.errorText() << Qt::endl;
        return BadInput;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return Done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "rasa-coach export: "
            << ExportCommandMessages::tr("unexpected argument \"%1\"")
                   .arg(parser.positionalArguments().first())
            << Qt::endl;
        return BadInput;
    }
    Result<ExportInput> input = readInput(parser);
    Result<ExportPreview> preview =
        input ? Exporter::prepare(*input) : Result<ExportPreview>(input.error());
    if (!preview) {
        err << "rasa-coach export: " << preview.error().toString() << Qt::endl;
        return BadInput;
    }
    reportConflicts(*preview, input->options.responseClash, err);
    return finish(*preview, parser, out, err);
}

} // namespace Coach
