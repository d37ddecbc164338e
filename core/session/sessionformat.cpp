#include "sessionformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct SessionFormatMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::SessionFormat)
};

QString relativePath(const QString &path, const QString &baseFolder)
{
    if (path.isEmpty() || baseFolder.isEmpty())
        return path;
    return QDir(baseFolder).relativeFilePath(path);
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

QJsonObject SessionFormat::serverToJson(const ServerInfo &server)
{
    QJsonObject json;
    json.insert("url"_L1, SessionFormat::storableUrl(server.url).toString());
    json.insert("rasa_version"_L1, server.rasaVersion);
    json.insert("minimum_compatible_version"_L1, server.minimumCompatibleVersion);
    json.insert("model_file"_L1, server.modelFile);
    json.insert("model_id"_L1, server.modelId);
    if (!server.fingerprint.isEmpty())
        json.insert("fingerprint"_L1, server.fingerprint);
    return json;
}

ServerInfo SessionFormat::serverFromJson(const QJsonObject &json)
{
    ServerInfo server;
    server.url = storableUrl(QUrl(json.value("url"_L1).toString()));
    server.rasaVersion = json.value("rasa_version"_L1).toString();
    server.minimumCompatibleVersion = json.value("minimum_compatible_version"_L1).toString();
    server.modelFile = json.value("model_file"_L1).toString();
    server.modelId = json.value("model_id"_L1).toString();
    server.fingerprint = json.value("fingerprint"_L1).toObject();
    return server;
}

namespace {

QJsonArray annotationsToJson(const QMap<int, TurnAnnotation> &annotations)
{
    QJsonArray array;
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        if (it->isEmpty())
            continue;
        QJsonObject json{{u"event"_s, it.key()}};
        if (it->corrected)
            json.insert("corrected"_L1, true);
        if (it->reviewed)
            json.insert("reviewed"_L1, true);
        if (!it->note.isEmpty())
            json.insert("note"_L1, it->note);
        array.append(json);
    }
    return array;
}

QJsonObject conversationToJson(const Conversation &conversation, const QString &baseFolder,
                               bool withEvents = true)
{
    QJsonObject json;
    json.insert("id"_L1, conversation.id);
    json.insert("title"_L1, conversation.title);
    json.insert("created"_L1, isoTime(conversation.created));
    if (!conversation.previousIds.isEmpty())
        json.insert("previous_ids"_L1, QJsonArray::fromStringList(conversation.previousIds));
    if (withEvents)
        json.insert("events"_L1, Event::listToJson(conversation.events));
    json.insert("annotations"_L1, annotationsToJson(conversation.annotations));
    if (!conversation.exportRecords.isEmpty()) {
        QJsonArray records;
        for (const StoryRecord &record : conversation.exportRecords)
            records.append(SessionFormat::recordToJson(record, baseFolder));
        json.insert("exported"_L1, records);
    }
    return json;
}

QJsonObject newItemsToJson(const SessionData &data)
{
    QJsonArray responses;
    for (const NewResponse &response : data.newResponses)
        responses.append(
            QJsonObject{{u"name"_s, response.name}, {u"variations"_s, response.variations}});
    return QJsonObject{{u"intents"_s, QJsonArray::fromStringList(data.newIntents)},
                       {u"entities"_s, QJsonArray::fromStringList(data.newEntities)},
                       {u"actions"_s, QJsonArray::fromStringList(data.newActions)},
                       {u"responses"_s, responses}};
}

} // namespace

QJsonObject SessionFormat::recordToJson(const StoryRecord &record, const QString &baseFolder)
{
    QJsonObject json{{u"part"_s, record.part},
                     {u"file"_s, relativePath(record.file, baseFolder)},
                     {u"story"_s, record.story},
                     {u"hash"_s, record.hash}};
    if (record.duplicate)
        json.insert("duplicate"_L1, true);
    return json;
}

StoryRecord SessionFormat::recordFromJson(const QJsonObject &json)
{
    return StoryRecord{json.value("part"_L1).toInt(), json.value("file"_L1).toString(),
                       json.value("story"_L1).toString(), json.value("hash"_L1).toString(),
                       json.value("duplicate"_L1).toBool()};
}

QString SessionFormat::formatName()
{
    return u"rasa-coach-session"_s;
}

QUrl SessionFormat::storableUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QJsonObject SessionFormat::toJson(const SessionData &data, const QString &baseFolder)
{
    QJsonObject json = topLevelJson(data, baseFolder);
    QJsonArray conversations;
    for (const Conversation &conversation : data.conversations)
        conversations.append(conversationToJson(conversation, baseFolder));
    json.insert("conversations"_L1, conversations);
    return json;
}

QJsonObject SessionFormat::topLevelJson(const SessionData &data, const QString &baseFolder)
{
    const ExportPaths &paths = data.exportPaths;
    QJsonObject json;
    json.insert("format"_L1, formatName());
    json.insert("version"_L1, currentVersion);
    json.insert("generator"_L1, QString(u"Rasa Coach "_s + QStringLiteral(COACH_VERSION)));
    json.insert("session_id"_L1, data.sessionId);
    json.insert("revision"_L1, data.revision);
    json.insert("created"_L1, isoTime(data.created));
    json.insert("server"_L1, serverToJson(data.server));
    json.insert("project_folder"_L1, relativePath(data.projectFolder, baseFolder));
    json.insert("export"_L1,
                QJsonObject{{u"stories"_s, relativePath(paths.stories, baseFolder)},
                            {u"nlu"_s, relativePath(paths.nlu, baseFolder)},
                            {u"domain"_s, relativePath(paths.domain, baseFolder)}});
    json.insert("new"_L1, newItemsToJson(data));
    json.insert("current_conversation"_L1, data.currentConversation);
    json.insert("domain"_L1, data.domain);
    if (!data.inbox.isEmpty())
        json.insert("inbox"_L1, data.inbox);
    return json;
}

QByteArray SessionFormat::render(const SessionData &data, const QString &baseFolder)
{
    return render(data, baseFolder, {});
}

QByteArray SessionFormat::render(const SessionData &data, const QString &baseFolder,
                                 const QList<QByteArray> &eventsJson)
{
    // Assembled from pieces so that cached events text is copied, not
    // serialised again: `{"conversations":[{"events":…,<rest>},…],<rest>}`.
    QByteArray bytes("{\"conversations\":[");
    for (qsizetype i = 0; i < data.conversations.size(); ++i) {
        const Conversation &conversation = data.conversations.at(i);
        const QByteArray cached = i < eventsJson.size() ? eventsJson.at(i) : QByteArray();
        if (i > 0)
            bytes.append(',');
        bytes.append("{\"events\":");
        bytes.append(cached.isEmpty() ? SessionFormat::eventsJson(conversation.events) : cached);
        bytes.append(',');
        bytes.append(compact(conversationToJson(conversation, baseFolder, false)).mid(1));
    }
    bytes.append("],");
    bytes.append(compact(topLevelJson(data, baseFolder)).mid(1));
    bytes.append('\n');
    return bytes;
}

QByteArray SessionFormat::eventsJson(const EventList &events)
{
    return QJsonDocument(Event::listToJson(events)).toJson(QJsonDocument::Compact);
}

QByteArray SessionFormat::appendEventsJson(const QByteArray &array, const EventList &events)
{
    if (events.isEmpty())
        return array;
    QByteArray added = eventsJson(events);
    if (array.size() <= 2) // "[]"
        return added;
    return array.first(array.size() - 1) + ',' + added.sliced(1);
}

Result<EventList> SessionFormat::eventsFromJson(const QByteArray &array)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(array, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(error.errorString());
    return Event::listFromJson(document.array());
}

QByteArray SessionFormat::renderSnapshot(const SessionData &data, qint64 sequence,
                                         const QList<QByteArray> &eventsJson)
{
    QByteArray session = render(data, QString(), eventsJson);
    session.chop(1); // the newline
    return "{\"format\":\"rasa-coach-autosave\",\"version\":" + QByteArray::number(currentVersion)
        + ",\"sequence\":" + QByteArray::number(sequence) + ",\"session\":" + session + "}";
}

Result<SessionFormat::Snapshot> SessionFormat::parseSnapshot(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(bytes, &error).object();
    if (error.error != QJsonParseError::NoError
        || json.value("format"_L1).toString() != "rasa-coach-autosave"_L1) {
        return makeError(SessionFormatMessages::tr("the autosave snapshot is damaged"));
    }
    Result<SessionData> data = fromJson(json.value("session"_L1).toObject(), QString());
    if (!data)
        return data.error();
    return Snapshot{std::move(data).value(), qint64(json.value("sequence"_L1).toDouble())};
}

Status SessionFormat::writeBytes(const QByteArray &bytes, const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            SessionFormatMessages::tr("cannot write the file: %1").arg(file.errorString()),
            fileName);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(
            SessionFormatMessages::tr("cannot write the file: %1").arg(file.errorString()),
            fileName);
    return {};
}

Status SessionFormat::writeFile(const SessionData &data, const QString &fileName)
{
    const QString folder = QFileInfo(fileName).absolutePath();
    return writeBytes(render(data, folder), fileName);
}

} // namespace Coach
