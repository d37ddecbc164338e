#pragma once

#include "result.h"
#include "sessiondata.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Coach {

//! The `*.coach` file format (docs/session-format.md): one JSON object with
//! a `format`/`version` marker so that foreign files are recognised. Paths
//! are written relative to the session file's folder; the server token is
//! never written. Reading validates every field and names the place of the
//! first problem; nothing is ever written while reading.
class SessionFormat final
{
public:
    SessionFormat() = delete;

    //! Version 2 added the conversations' export records (`exported`);
    //! version 1 files are read as sessions that exported nothing yet.
    static constexpr int currentVersion = 2;
    static QString formatName(); //!< "rasa-coach-session"
    //! Files larger than this are refused before parsing.
    static constexpr qint64 maximumFileSize = qint64(1) << 30;

    //! Compact JSON of the whole session. `baseFolder` is the folder the
    //! file will live in (paths become relative to it); empty keeps paths
    //! absolute (autosave snapshots).
    static QByteArray render(const SessionData &data, const QString &baseFolder);
    //! The same, taking conversation i's events as the JSON text
    //! `eventsJson[i]` where that is not empty (a cache kept by
    //! SessionDocument, so saving does not serialise every event again).
    static QByteArray render(const SessionData &data, const QString &baseFolder,
                             const QList<QByteArray> &eventsJson);
    static QJsonObject toJson(const SessionData &data, const QString &baseFolder);

    //! Compact JSON text of an events array.
    static QByteArray eventsJson(const EventList &events);
    //! `array` (events array text) with `events` appended.
    static QByteArray appendEventsJson(const QByteArray &array, const EventList &events);
    static Result<EventList> eventsFromJson(const QByteArray &array);

    //! A session read without materialising its events: `data` holds every
    //! field except the event lists, which are empty; `eventsJson[i]` is the
    //! validated text of conversation i's events array (empty when the file
    //! was read the slow way and the events are in `data`).
    struct LazySession
    {
        SessionData data;
        QList<QByteArray> eventsJson;
    };
    //! Like parse(), at memory speed: JsonScanner validates the whole file and
    //! only the rest of it is parsed; any problem falls back to parse(), so
    //! the errors are the same.
    static Result<LazySession> parseLazily(const QByteArray &bytes, const QString &baseFolder);
    static Result<LazySession> readFileLazily(const QString &fileName);

    static Result<SessionData> parse(const QByteArray &bytes, const QString &baseFolder);
    static Result<SessionData> fromJson(const QJsonObject &json, const QString &baseFolder);

    //! Reads and validates a file; errors name the file.
    static Result<SessionData> readFile(const QString &fileName);
    //! Renders first, then writes through QSaveFile (all or nothing).
    static Status writeFile(const SessionData &data, const QString &fileName);
    //! Writes bytes through QSaveFile (all or nothing).
    static Status writeBytes(const QByteArray &bytes, const QString &fileName);

    //! An autosave snapshot: the session (absolute paths) and the journal
    //! sequence number it includes.
    static QByteArray renderSnapshot(const SessionData &data, qint64 sequence,
                                     const QList<QByteArray> &eventsJson = {});
    struct Snapshot
    {
        SessionData data;
        qint64 sequence = 0;
    };
    static Result<Snapshot> parseSnapshot(const QByteArray &bytes);

    //! The server URL as stored: no user info, query (tokens) or fragment.
    static QUrl storableUrl(const QUrl &url);
    static QJsonObject serverToJson(const ServerInfo &server);
    //! Lenient: keys of the wrong type are left empty.
    static ServerInfo serverFromJson(const QJsonObject &json);
    //! A conversation's export record; `file` relative to `baseFolder` when
    //! one is given.
    static QJsonObject recordToJson(const StoryRecord &record, const QString &baseFolder = {});
    //! Lenient, for journal records: wrong types give empty fields.
    static StoryRecord recordFromJson(const QJsonObject &json);

private:
    //! Everything but the conversations.
    static QJsonObject topLevelJson(const SessionData &data, const QString &baseFolder);
    static Result<SessionData> fromJson(const QJsonObject &json, const QString &baseFolder,
                                        const QList<int> *eventCounts);
};

} // namespace Coach
