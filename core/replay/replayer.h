#pragma once

#include "replaytypes.h"

#include "rasa/apierror.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

namespace Coach {

class PartReplayer;
class RasaClient;

//! Replays annotated sessions against the model a Rasa server has loaded
//! now: checks that the server answers and has a model (GET /version,
//! GET /status), then replays every conversation part with PartReplayer,
//! at most maxInFlight() parts (so requests) at a time; the requests of one
//! part stay in order. Results fill in sessions() as turns finish.
//!
//! Signals: serverChecked() once, turnReplayed() per turn, then exactly one
//! of finished() or failed() (the first error stops everything); nothing
//! after cancel(). Used once per start().
class Replayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Replayer)

public:
    static constexpr int DefaultMaxInFlight = 4;

    explicit Replayer(RasaClient *client, QObject *parent = nullptr);
    ~Replayer() override;

    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int parts) { m_maxInFlight = qMax(1, parts); }

    void start(QList<ReplaySession> sessions);
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<ReplaySession> &sessions() const { return m_sessions; }
    int totalTurns() const { return m_totalTurns; }
    int replayedTurns() const { return m_replayedTurns; }
    //! What the server reported: "3.6.21", and the model (file or id).
    QString serverVersion() const { return m_serverVersion; }
    QString modelName() const { return m_model; }

Q_SIGNALS:
    void serverChecked(const QString &version, const QString &model);
    void turnReplayed(int session, int part, int turn);
    void finished();
    void failed(const Coach::ApiError &error);

private:
    void checkServer();
    void launchParts();
    void launch(int session, int part);
    void onPartFinished(PartReplayer *replayer, int session, int part);
    void fail(const ApiError &error);
    void stopAll();

    QPointer<RasaClient> m_client;
    int m_maxInFlight = DefaultMaxInFlight;
    QList<ReplaySession> m_sessions;
    QList<QPair<int, int>> m_waiting; //!< (session, part) not started yet
    QList<PartReplayer *> m_active;
    bool m_running = false;
    int m_totalTurns = 0;
    int m_replayedTurns = 0;
    QString m_serverVersion;
    QString m_model;
};

} // namespace Coach
