// Reading half of SessionFormat: validation of every field of a *.coach file.
#include "sessionformat.h"

#include "model/jsonscanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct SessionFormatMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::SessionFormat)
};

//! Typed access to one JSON object that remembers where it is in the file,
//! so the first problem is reported as e.g. `conversations[2].events[5]`.
class Fields
{
public:
    Fields(QJsonObject object, QString where)
        : m_object(std::move(object)), m_where(std::move(where))
    { }

    const QString &where() const { return m_where; }
    QString at(QLatin1StringView key) const
    {
        return m_where.isEmpty() ? QString(key) : m_where + u'.' + key;
    }
    bool has(QLatin1StringView key) const { return m_object.contains(key); }
    QJsonValue value(QLatin1StringView key) const { return m_object.value(key); }

    //! Fails when present with another type; absent gives the fallback.
    bool string(QLatin1StringView key, QString &out, std::optional<Error> &error) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return fail(error, key, SessionFormatMessages::tr("must be a string"));
        out = v.toString();
        return true;
    }
    bool boolean(QLatin1StringView key, bool &out, std::optional<Error> &error) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(error, key, SessionFormatMessages::tr("must be true or false"));
        out = v.toBool();
        return true;
    }
    bool integer(QLatin1StringView key, int &out, std::optional<Error> &error) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return fail(error, key, SessionFormatMessages::tr("must be a whole number"));
        out = v.toInt();
        return true;
    }
    bool object(QLatin1StringView key, QJsonObject &out, std::optional<Error> &error) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isObject())
            return fail(error, key, SessionFormatMessages::tr("must be a JSON object"));
        out = v.toObject();
        return true;
    }
    bool array(QLatin1StringView key, QJsonArray &out, std::optional<Error> &error) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isArray())
            return fail(error, key, SessionFormatMessages::tr("must be a JSON array"));
        out = v.toArray();
        return true;
    }
    bool strings(QLatin1StringView key, QStringList &out, std::optional<Error> &error) const
    {
        QJsonArray items;
        if (!array(key, items, error))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString()) {
                error = makeError(SessionFormatMessages::tr("must be a string"),
                                  at(key) + u'[' + QString::number(i) + u']');
                return false;
            }
            out.append(items.at(i).toString());
        }
        return true;
    }
    bool fail(std::optional<Error> &error, QLatin1StringView key, const QString &message) const
    {
        error = makeError(message, at(key));
        return false;
    }

private:
    QJsonObject m_object;
    QString m_where;
};

QString indexed(const QString &where, qsizetype index)
{
    return where + u'[' + QString::number(index) + u']';
}

std::optional<Fields> itemObject(const QJsonArray &array, qsizetype index, const QString &where,
                                 std::optional<Error> &error)
{
    if (!array.at(index).isObject()) {
        error =
            makeError(SessionFormatMessages::tr("must be a JSON object"), indexed(where, index));
        return std::nullopt;
    }
    return Fields(array.at(index).toObject(), indexed(where, index));
}

bool readTime(const Fields &fields, QLatin1StringView key, QDateTime &out,
              std::optional<Error> &error)
{
    QString text;
    if (!fields.string(key, text, error))
        return false;
    if (text.isEmpty())
        return true;
    out = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!out.isValid())
        return fields.fail(error, key, SessionFormatMessages::tr("is not a date and time"));
    return true;
}

bool readServer(const Fields &root, ServerInfo &server, std::optional<Error> &error)
{
    QJsonObject json;
    if (!root.object("server"_L1, json, error))
        return false;
    const Fields fields(json, root.at("server"_L1));
    QString url;
    bool ok = fields.string("url"_L1, url, error)
        && fields.string("rasa_version"_L1, server.rasaVersion, error)
        && fields.string("minimum_compatible_version"_L1, server.minimumCompatibleVersion, error)
        && fields.string("model_file"_L1, server.modelFile, error)
        && fields.string("model_id"_L1, server.modelId, error)
        && fields.object("fingerprint"_L1, server.fingerprint, error);
    server.url = SessionFormat::storableUrl(QUrl(url));
    return ok;
}

bool readAnnotations(const Fields &fields, Conversation &conversation, qsizetype eventCount,
                     std::optional<Error> &error)
{
    QJsonArray items;
    if (!fields.array("annotations"_L1, items, error))
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const std::optional<Fields> item = itemObject(items, i, fields.at("annotations"_L1), error);
        if (!item)
            return false;
        int event = -1;
        TurnAnnotation annotation;
        if (!item->integer("event"_L1, event, error)
            || !item->boolean("corrected"_L1, annotation.corrected, error)
            || !item->boolean("reviewed"_L1, annotation.reviewed, error)
            || !item->string("note"_L1, annotation.note, error)) {
            return false;
        }
        if (event < 0 || event >= eventCount)
            return item->fail(
                error, "event"_L1,
                SessionFormatMessages::tr("does not point to an event of the conversation"));
        conversation.annotations.insert(event, annotation);
    }
    return true;
}

QString absolutePath(const QString &path, const QString &base)
{
    if (path.isEmpty() || base.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    return QDir::cleanPath(QDir(base).absoluteFilePath(path));
}

//! `exported` (format version 2): what exports wrote of the conversation.
bool readExportRecords(const Fields &fields, Conversation &conversation, const QString &base,
                       std::optional<Error> &error)
{
    QJsonArray items;
    if (!fields.array("exported"_L1, items, error))
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const std::optional<Fields> item = itemObject(items, i, fields.at("exported"_L1), error);
        StoryRecord record;
        if (!item || !item->integer("part"_L1, record.part, error)
            || !item->string("file"_L1, record.file, error)
            || !item->string("story"_L1, record.story, error)
            || !item->string("hash"_L1, record.hash, error)
            || !item->boolean("duplicate"_L1, record.duplicate, error)) {
            return false;
        }
        if (record.part < 0)
            return item->fail(error, "part"_L1,
                              SessionFormatMessages::tr("must be a whole number of 0 or more"));
        if (record.file.isEmpty() || record.story.isEmpty())
            return item->fail(error, record.file.isEmpty() ? "file"_L1 : "story"_L1,
                              SessionFormatMessages::tr("must not be empty"));
        record.file = absolutePath(record.file, base);
        conversation.exportRecords.append(record);
    }
    return true;
}

//! `eventCount` >= 0: the events were validated elsewhere (JsonScanner) and
//! are not read here.
bool readConversation(const Fields &fields, Conversation &conversation, int eventCount,
                      const QString &base, std::optional<Error> &error)
{
    if (!fields.string("id"_L1, conversation.id, error)
        || !fields.string("title"_L1, conversation.title, error)
        || !readTime(fields, "created"_L1, conversation.created, error)
        || !fields.strings("previous_ids"_L1, conversation.previousIds, error)) {
        return false;
    }
    if (conversation.id.isEmpty())
        return fields.fail(error, "id"_L1,
                           SessionFormatMessages::tr("must be a non-empty conversation id"));
    if (!readExportRecords(fields, conversation, base, error))
        return false;
    if (eventCount >= 0)
        return readAnnotations(fields, conversation, eventCount, error);
    Result<EventList> events = Event::listFromJson(fields.value("events"_L1));
    if (!events) {
        error = makeError(events.error().message,
                          fields.at("events"_L1) + u": "_s + events.error().where);
        return false;
    }
    conversation.events = std::move(events).value();
    return readAnnotations(fields, conversation, conversation.events.size(), error);
}

bool readConversations(const Fields &root, SessionData &data, const QList<int> *eventCounts,
                       const QString &base, std::optional<Error> &error)
{
    if (!root.value("conversations"_L1).isArray())
        return root.fail(error, "conversations"_L1,
                         SessionFormatMessages::tr("must be a JSON array"));
    const QJsonArray items = root.value("conversations"_L1).toArray();
    if (eventCounts && eventCounts->size() != items.size())
        return root.fail(error, "conversations"_L1,
                         SessionFormatMessages::tr("does not match its events"));
    data.conversations.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const std::optional<Fields> item = itemObject(items, i, root.at("conversations"_L1), error);
        Conversation conversation;
        const int count = eventCounts ? eventCounts->at(i) : -1;
        if (!item || !readConversation(*item, conversation, count, base, error))
            return false;
        data.conversations.append(std::move(conversation));
    }
    if (!root.integer("current_conversation"_L1, data.currentConversation, error))
        return false;
    if (data.currentConversation < -1 || data.currentConversation >= data.conversations.size())
        return root.fail(error, "current_conversation"_L1,
                         SessionFormatMessages::tr("does not name a conversation"));
    return true;
}

bool readNewResponses(const Fields &fields, SessionData &data, std::optional<Error> &error)
{
    QJsonArray items;
    if (!fields.array("responses"_L1, items, error))
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const std::optional<Fields> item = itemObject(items, i, fields.at("responses"_L1), error);
        NewResponse response;
        if (!item || !item->string("name"_L1, response.name, error)
            || !item->array("variations"_L1, response.variations, error)) {
            return false;
        }
        if (response.name.isEmpty())
            return item->fail(error, "name"_L1,
                              SessionFormatMessages::tr("must be a non-empty response name"));
        data.newResponses.append(response);
    }
    return true;
}

bool readNewItems(const Fields &root, SessionData &data, std::optional<Error> &error)
{
    QJsonObject json;
    if (!root.object("new"_L1, json, error))
        return false;
    const Fields fields(json, root.at("new"_L1));
    return fields.strings("intents"_L1, data.newIntents, error)
        && fields.strings("entities"_L1, data.newEntities, error)
        && fields.strings("actions"_L1, data.newActions, error)
        && readNewResponses(fields, data, error);
}

bool readPaths(const Fields &root, SessionData &data, const QString &base,
               std::optional<Error> &error)
{
    QJsonObject json;
    if (!root.object("export"_L1, json, error)
        || !root.string("project_folder"_L1, data.projectFolder, error))
        return false;
    const Fields fields(json, root.at("export"_L1));
    ExportPaths &paths = data.exportPaths;
    if (!fields.string("stories"_L1, paths.stories, error)
        || !fields.string("nlu"_L1, paths.nlu, error)
        || !fields.string("domain"_L1, paths.domain, error)) {
        return false;
    }
    for (QString *path : {&paths.stories, &paths.nlu, &paths.domain, &data.projectFolder})
        *path = absolutePath(*path, base);
    return true;
}

std::optional<Error> checkMarker(const QJsonObject &json)
{
    const QJsonValue format = json.value("format"_L1);
    if (format.isUndefined()) {
        if (json.contains("sender_id"_L1) && json.contains("events"_L1))
            return makeError(SessionFormatMessages::tr(
                "this is a Rasa tracker, not a session; use Import… to turn it "
                "into a session"));
        return makeError(SessionFormatMessages::tr(
            "this is not a Rasa Coach session (the \"format\" marker is missing)"));
    }
    if (format.toString() != SessionFormat::formatName())
        return makeError(
            SessionFormatMessages::tr("this is not a Rasa Coach session (its format is \"%1\")")
                .arg(format.isString() ? format.toString() : u"?"_s));
    const QJsonValue version = json.value("version"_L1);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return makeError(SessionFormatMessages::tr("the session has no valid format version"));
    if (version.toInt() > SessionFormat::currentVersion)
        return makeError(SessionFormatMessages::tr(
                             "the session was written by a newer Rasa Coach (format version %1; "
                             "this version reads up to %2)")
                             .arg(version.toInt())
                             .arg(SessionFormat::currentVersion));
    return std::nullopt;
}

std::optional<Error> checkLooksLikeJson(const QByteArray &bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size() && QChar::isSpace(uchar(bytes.at(i))))
        ++i;
    if (i == bytes.size())
        return makeError(SessionFormatMessages::tr("the file is empty"));
    if (bytes.at(i) == '[')
        return makeError(SessionFormatMessages::tr(
            "this is a list of Rasa events, not a session; use Import… to turn it "
            "into a session"));
    if (bytes.at(i) != '{')
        return makeError(
            SessionFormatMessages::tr("this is not a Rasa Coach session (the file is not JSON)"));
    return std::nullopt;
}

} // namespace

Result<SessionData> SessionFormat::parse(const QByteArray &bytes, const QString &baseFolder)
{
    if (std::optional<Error> error = checkLooksLikeJson(bytes))
        return *error;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(SessionFormatMessages::tr(
                             "the file is damaged or truncated (JSON error at byte %1: %2)")
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    }
    return fromJson(document.object(), baseFolder);
}

Result<SessionData> SessionFormat::fromJson(const QJsonObject &json, const QString &baseFolder)
{
    return fromJson(json, baseFolder, nullptr);
}

Result<SessionData> SessionFormat::fromJson(const QJsonObject &json, const QString &baseFolder,
                                            const QList<int> *eventCounts)
{
    if (std::optional<Error> error = checkMarker(json))
        return *error;
    const Fields root(json, QString());
    SessionData data;
    std::optional<Error> error;
    const bool ok = root.string("session_id"_L1, data.sessionId, error)
        && root.string("revision"_L1, data.revision, error)
        && readTime(root, "created"_L1, data.created, error) && readServer(root, data.server, error)
        && root.object("domain"_L1, data.domain, error)
        && root.object("inbox"_L1, data.inbox, error)
        && readConversations(root, data, eventCounts, baseFolder, error)
        && readNewItems(root, data, error) && readPaths(root, data, baseFolder, error);
    if (!ok)
        return makeError(
            SessionFormatMessages::tr("invalid session: %1 %2").arg(error->where, error->message));
    return data;
}

Result<SessionFormat::LazySession> SessionFormat::parseLazily(const QByteArray &bytes,
                                                              const QString &baseFolder)
{
    if (std::optional<Error> error = checkLooksLikeJson(bytes))
        return *error;
    JsonScanner scanner(bytes);
    JsonScanner::SessionLayout layout;
    if (!scanner.scanSession(&layout)) {
        Result<SessionData> data = parse(bytes, baseFolder);
        if (!data)
            return data.error();
        return LazySession{std::move(data).value(), {}};
    }
    // The file without its events arrays is small; Qt parses that part.
    QByteArray skeleton;
    QList<QByteArray> eventsJson;
    qsizetype position = 0;
    for (const auto &[begin, end] : std::as_const(layout.eventsRanges)) {
        skeleton.append(bytes.sliced(position, begin - position)).append("[]");
        eventsJson.append(bytes.sliced(begin, end - begin));
        position = end;
    }
    skeleton.append(bytes.sliced(position));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(skeleton, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(SessionFormatMessages::tr("the file is damaged or truncated (%1)")
                             .arg(parseError.errorString()));
    Result<SessionData> data = fromJson(document.object(), baseFolder, &layout.eventCounts);
    if (!data)
        return data.error();
    return LazySession{std::move(data).value(), eventsJson};
}

namespace {

//! The bytes of a session file, refusing files too large to be one.
Result<QByteArray> readSessionBytes(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            SessionFormatMessages::tr("cannot open the file: %1").arg(file.errorString()),
            fileName);
    if (file.size() > SessionFormat::maximumFileSize)
        return makeError(SessionFormatMessages::tr("the file is too large to be a session (%1 MB)")
                             .arg(file.size() / (qint64(1024) * 1024)),
                         fileName);
    return file.readAll();
}

} // namespace

Result<SessionData> SessionFormat::readFile(const QString &fileName)
{
    Result<QByteArray> bytes = readSessionBytes(fileName);
    if (!bytes)
        return bytes.error();
    Result<SessionData> data = parse(*bytes, QFileInfo(fileName).absolutePath());
    if (!data)
        return makeError(data.error().toString(), fileName);
    return data;
}

Result<SessionFormat::LazySession> SessionFormat::readFileLazily(const QString &fileName)
{
    Result<QByteArray> bytes = readSessionBytes(fileName);
    if (!bytes)
        return bytes.error();
    Result<LazySession> session = parseLazily(*bytes, QFileInfo(fileName).absolutePath());
    if (!session)
        return makeError(session.error().toString(), fileName);
    return session;
}

} // namespace Coach
