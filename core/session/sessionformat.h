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

    static constexpr int currentVersion = 1;
    static QString formatName(); //!< "rasa-coach-session"
    //! Files larger than this are refused before parsing.
    static constexpr qint64 maximumFileSize = qint64(1) << 30;

    //! Compact JSON of the whole session. `baseFolder` is the folder the
    //! file will live in (paths become relative to it); empty keeps paths
    //! absolute (autosave snapshots).
    static QByteArray render(const SessionData &data, const QString &baseFolder);
    static QJsonObject toJson(const SessionData &data, const QString &baseFolder);

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
    static QByteArray renderSnapshot(const SessionData &data, qint64 sequence);
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
};

} // namespace Coach
