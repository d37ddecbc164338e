#include "replayer.h"

#include "partreplayer.h"

#include "rasa/requests.h"

#include <QFileInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! A conversation id nobody else uses; the prefix tells people what it was.
QString scratchId()
{
    return u"rasa-coach-replay-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

Replayer::Replayer(RasaClient *client, QObject *parent) : QObject(parent), m_client(client)
{ }

Replayer::~Replayer()
{
    stopAll();
}

void Replayer::start(QList<ReplaySession> sessions)
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_sessions = std::move(sessions);
    m_waiting.clear();
    m_totalTurns = 0;
    m_replayedTurns = 0;
    for (int s = 0; s < m_sessions.size(); ++s) {
        for (int p = 0; p < m_sessions.at(s).parts.size(); ++p) {
            m_waiting.append({s, p});
            m_totalTurns += int(m_sessions.at(s).parts.at(p).turns.size());
        }
    }
    checkServer();
}

void Replayer::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    stopAll();
}

void Replayer::checkServer()
{
    // The callbacks check m_running: cancel() may come while they are out.
    then(
        m_client->version(), this,
        [this](const VersionRequest &version) {
            if (!m_running)
                return;
            m_serverVersion = version.version();
            then(
                m_client->status(), this,
                [this](const StatusRequest &status) {
                    if (!m_running)
                        return;
                    const ServerStatus result = status.result();
                    m_model = result.modelFile.isEmpty() ? result.modelId
                                                         : QFileInfo(result.modelFile).fileName();
                    Q_EMIT serverChecked(m_serverVersion, m_model);
                    launchParts();
                },
                [this](const ApiError &error) { fail(error); });
        },
        [this](const ApiError &error) { fail(error); });
}

void Replayer::launchParts()
{
    while (m_running && m_active.size() < m_maxInFlight && !m_waiting.isEmpty()) {
        const QPair<int, int> next = m_waiting.takeFirst();
        launch(next.first, next.second);
    }
    if (m_running && m_active.isEmpty() && m_waiting.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
    }
}

void Replayer::launch(int session, int part)
{
    auto *replayer =
        new PartReplayer(m_client, m_sessions.at(session).parts.at(part), scratchId(), this);
    m_active.append(replayer);
    connect(replayer, &PartReplayer::turnReplayed, this, [this, replayer, session, part](int turn) {
        m_sessions[session].parts[part].turns[turn] = replayer->part().turns.at(turn);
        ++m_replayedTurns;
        Q_EMIT turnReplayed(session, part, turn);
    });
    connect(replayer, &PartReplayer::finished, this,
            [this, replayer, session, part] { onPartFinished(replayer, session, part); });
    connect(replayer, &PartReplayer::failed, this, &Replayer::fail);
    replayer->start();
}

void Replayer::onPartFinished(PartReplayer *replayer, int session, int part)
{
    m_sessions[session].parts[part] = replayer->part();
    m_active.removeOne(replayer);
    replayer->deleteLater();
    launchParts();
}

void Replayer::fail(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    stopAll();
    Q_EMIT failed(error);
}

void Replayer::stopAll()
{
    const QList<PartReplayer *> active = std::exchange(m_active, {});
    for (PartReplayer *replayer : active) {
        replayer->cancel();
        replayer->deleteLater();
    }
    m_waiting.clear();
}

} // namespace Coach
