#pragma once

#include "botproject.h"
#include "rasainstallation.h"
#include "result.h"

#include "session/sessiontypes.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

class QTcpSocket;
class QTemporaryDir;
class QTimer;

namespace Coach {

class ManagedProcess;
class ProcessRegistry;
class RasaClient;
class ServerReadinessWaiter;

//! A Rasa server for one bot project, started by Rasa Coach:
//! `rasa run --enable-api` with a random auth token on a free loopback
//! port, serving a given model with the project's endpoints; when the
//! project has custom actions, also `rasa run actions` on another free
//! port, with Rasa pointed at it through a temporary endpoints file. It
//! waits until the server answers with its model loaded and the action
//! server accepts connections. A server that exits during the start
//! because its port was taken meanwhile is started again on other ports.
//! The token is only ever handed to the session (connectionSettings()).
class BotServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotServer)

public:
    enum class Role { Server, ActionServer };
    Q_ENUM(Role)

    //! Starts after the first one whose port was taken.
    static constexpr int MaxAttempts = 3;

    BotServer(RasaInstallation rasa, BotProject project, ProcessRegistry *registry,
              QObject *parent = nullptr);
    ~BotServer() override;

    void setEnvironment(const QProcessEnvironment &environment);
    //! Where ports come from (tests); by default the system picks free ones.
    void setPortPicker(std::function<quint16()> picker);
    void setReadinessTimeout(std::chrono::milliseconds timeout);

    void start(const QString &model);
    void stop();
    //! Stops and waits until every process is gone (quitting).
    void stopAndWait();
    bool isRunning() const;
    bool isReady() const { return m_ready; }
    bool hasActionServer() const { return m_project.hasActions(); }
    //! URL and token of the running server.
    ConnectionSettings connectionSettings() const;
    QString model() const { return m_model; }
    QList<qint64> processIds() const;
    //! Loads another model into the running server (PUT /model).
    void loadModel(const QString &model);

Q_SIGNALS:
    void lineReceived(Coach::BotServer::Role role, const QString &line);
    void stageChanged(const QString &description);
    void ready(const Coach::ConnectionSettings &settings);
    //! The start failed; everything started for it was stopped.
    void startFailed(const Coach::Error &error);
    //! A process ended by itself after the start; the message says which,
    //! with its exit code and last lines.
    void processDied(Coach::BotServer::Role role, const QString &message);
    void modelLoaded(const QString &model);
    void modelLoadFailed(const Coach::Error &error);

private:
    void launch();
    Status startActionServer();
    Status startRasaServer();
    void waitForServer();
    void pollActionServer();
    void onExited(Role role, int exitCode);
    void checkReady();
    void failStart(const Error &error);
    ManagedProcess *process(Role role) const;
    QString exitMessage(Role role, int exitCode) const;

    RasaInstallation m_rasa;
    BotProject m_project;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    std::function<quint16()> m_pickPort;
    std::chrono::milliseconds m_readinessTimeout{std::chrono::minutes(5)};
    ManagedProcess *m_server = nullptr;
    ManagedProcess *m_actions = nullptr;
    RasaClient *m_client = nullptr;
    QPointer<ServerReadinessWaiter> m_waiter;
    QTimer *m_actionPoll = nullptr;
    QTcpSocket *m_actionProbe = nullptr;
    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_model;
    QString m_token;
    quint16 m_port = 0;
    quint16 m_actionPort = 0;
    int m_attempt = 0;
    bool m_starting = false;
    bool m_ready = false;
    bool m_serverUp = false;
    bool m_actionsUp = false;
};

} // namespace Coach
