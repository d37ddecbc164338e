#pragma once

#include "botproject.h"
#include "botserver.h"
#include "processregistry.h"
#include "rasainstallation.h"
#include "result.h"
#include "trainingprogress.h"

#include "session/sessiontypes.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <functional>
#include <memory>
#include <optional>

namespace Coach {

class RasaTrainer;
class RasaVersionProbe;

//! Starts the bot of a project folder as `rasa interactive` does, for the
//! window and for `rasa-coach --project DIR --start-server`: finds Rasa
//! (rasalocator.h) and checks its version, trains (`rasa train`; Rasa
//! decides whether anything changed), starts the server and action server
//! (BotServer) and hands the session its URL and token. Later: restart
//! after a process died, and retrain with swapping the model in the
//! running server after an export. Everything it starts is recorded in a
//! ProcessRegistry and stopped when it is destroyed; start() first stops
//! what a crashed Rasa Coach left behind.
class ProjectLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectLauncher)

public:
    enum class Stage { Idle, FindingRasa, Training, StartingServer, Running, LoadingModel, Failed };
    Q_ENUM(Stage)
    enum class Source { Rasa, Training, Server, ActionServer };
    Q_ENUM(Source)

    explicit ProjectLauncher(QObject *parent = nullptr);
    ~ProjectLauncher() override;

    //! Folder of the pid files (tests); ProcessRegistry::defaultDirectory().
    void setRegistryDirectory(const QString &directory);
    //! The executable or interpreter chosen in Settings (empty: search).
    void setChosenRasa(const QString &path) { m_chosenRasa = path; }
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    void setPortPicker(std::function<quint16()> picker) { m_portPicker = std::move(picker); }
    void setReadinessTimeout(std::chrono::milliseconds timeout) { m_readinessTimeout = timeout; }

    //! Finds Rasa, trains and starts the servers for `projectFolder`.
    void start(const QString &projectFolder);
    //! Stops whatever start(), restartServer() or retrain() is doing.
    void cancel();
    //! Starts the servers again with the current model (after one died).
    void restartServer();
    //! Trains again (after an export) and has the running server load the
    //! new model; a server that cannot load it is restarted with it.
    void retrain();
    //! Stops everything it runs and waits until it is gone.
    void stopAndWait();

    Stage stage() const { return m_stage; }
    bool isBusy() const;
    bool isServerReady() const { return m_server && m_server->isReady(); }
    QString projectFolder() const;
    std::optional<RasaInstallation> rasa() const { return m_rasa; }
    ConnectionSettings connectionSettings() const;
    QString model() const { return m_model; }
    //! Every process this launcher runs right now.
    QList<qint64> processIds() const;

Q_SIGNALS:
    void stageChanged(Coach::ProjectLauncher::Stage stage, const QString &description);
    void orphansStopped(int count);
    void rasaFound(const Coach::RasaInstallation &rasa);
    void trainingProgressChanged(const Coach::TrainingProgress &progress);
    void lineReceived(Coach::ProjectLauncher::Source source, const QString &line);
    //! The server answers with its model loaded (also after a restart:
    //! the URL and token change then).
    void serverReady(const Coach::ConnectionSettings &settings);
    //! After retrain(): the running server now serves `model` (same URL
    //! and token); a session should reconnect to read its domain.
    void modelSwapped(const QString &model, bool changed);
    void failed(const Coach::Error &error);
    void cancelled();
    //! A server process ended by itself; the message has its last lines.
    void processDied(const QString &message);

private:
    void setStage(Stage stage, const QString &description = {});
    void probeRasa(const RasaInstallation &candidate);
    void train();
    void onTrained(const Result<QString> &model);
    void startServer();
    void fail(const Error &error);
    void connectServer();

    std::unique_ptr<ProcessRegistry> m_registry;
    QString m_chosenRasa;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    std::function<quint16()> m_portPicker;
    std::chrono::milliseconds m_readinessTimeout{std::chrono::minutes(5)};
    std::optional<BotProject> m_project;
    std::optional<RasaInstallation> m_rasa;
    QPointer<RasaVersionProbe> m_probe;
    QPointer<RasaTrainer> m_trainer;
    QPointer<BotServer> m_server;
    QString m_model;
    Stage m_stage = Stage::Idle;
    bool m_retraining = false;
};

} // namespace Coach
