#include "trackerimporter.h"

#include "sessiondocument.h"

#include "model/tracker.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct TrackerImporterMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::TrackerImporter)
};

} // namespace

Result<std::unique_ptr<SessionDocument>> TrackerImporter::importFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            TrackerImporterMessages::tr("cannot open the file: %1").arg(file.errorString()),
            fileName);
    Result<std::unique_ptr<SessionDocument>> document =
        importJson(file.readAll(), QFileInfo(fileName).completeBaseName());
    if (!document)
        return makeError(document.error().toString(), fileName);
    return document;
}

Result<std::unique_ptr<SessionDocument>> TrackerImporter::importJson(const QByteArray &json,
                                                                     const QString &title)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(
            TrackerImporterMessages::tr("not JSON (%1)").arg(parseError.errorString()));
    QString id;
    EventList events;
    if (document.isArray()) {
        Result<EventList> list = Event::listFromJson(document.array());
        if (!list)
            return makeError(list.error().toString());
        events = std::move(list).value();
    } else {
        if (document.object().contains("format"_L1))
            return makeError(TrackerImporterMessages::tr(
                "this is a session file; open it instead of importing it"));
        Result<TrackerSnapshot> tracker = TrackerSnapshot::fromJson(document.object(), true);
        if (!tracker)
            return makeError(TrackerImporterMessages::tr("not a Rasa tracker: %1")
                                 .arg(tracker.error().toString()));
        id = tracker->senderId;
        events = tracker->events;
    }
    SessionData data;
    Conversation conversation;
    conversation.id = id.isEmpty() ? QUuid::createUuid().toString(QUuid::Id128) : id;
    conversation.title = title;
    conversation.created = QDateTime::currentDateTimeUtc();
    conversation.events = events;
    data.conversations.append(conversation);
    data.currentConversation = 0;
    data.created = conversation.created;
    return SessionDocument::fromData(std::move(data));
}

} // namespace Coach
