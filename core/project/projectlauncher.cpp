#include "projectlauncher.h"

#include "rasalocator.h"
#include "rasatrainer.h"
#include "rasaversionprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Coach {

ProjectLauncher::ProjectLauncher(QObject *parent)
    : QObject(parent), m_registry(std::make_unique<ProcessRegistry>())
{ }

ProjectLauncher::~ProjectLauncher()
{
    stopAndWait();
    delete m_server.data(); // before the registry it writes to
}

void ProjectLauncher::setRegistryDirectory(const QString &directory)
{
    m_registry = std::make_unique<ProcessRegistry>(directory);
}

void ProjectLauncher::setStage(Stage stage, const QString &description)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage, description);
}

bool ProjectLauncher::isBusy() const
{
    return m_stage == Stage::FindingRasa || m_stage == Stage::Training
        || m_stage == Stage::StartingServer || m_stage == Stage::LoadingModel;
}

QString ProjectLauncher::projectFolder() const
{
    return m_project ? m_project->folder() : QString();
}

ConnectionSettings ProjectLauncher::connectionSettings() const
{
    return m_server ? m_server->connectionSettings() : ConnectionSettings();
}

QList<qint64> ProjectLauncher::processIds() const
{
    QList<qint64> pids = m_server ? m_server->processIds() : QList<qint64>();
    if (m_trainer && m_trainer->isRunning())
        pids.append(m_trainer->processId());
    return pids;
}

void ProjectLauncher::start(const QString &projectFolder)
{
    stopAndWait();
    const QList<LaunchedProcess> orphans =
        ProcessRegistry::reapOrphans(QFileInfo(m_registry->fileName()).absolutePath());
    if (!orphans.isEmpty())
        Q_EMIT orphansStopped(int(orphans.size()));
    m_rasa.reset();
    m_model.clear();
    m_retraining = false;
    Result<BotProject> project = BotProject::open(projectFolder);
    if (!project) {
        m_project.reset();
        fail(project.error());
        return;
    }
    m_project = project.value();
    setStage(Stage::FindingRasa, tr("Looking for Rasa…"));
    const Result<RasaInstallation> candidate =
        locateRasa({m_project->folder(), m_chosenRasa, m_environment.value(u"PATH"_s)});
    if (!candidate) {
        fail(candidate.error());
        return;
    }
    probeRasa(candidate.value());
}

void ProjectLauncher::probeRasa(const RasaInstallation &candidate)
{
    setStage(Stage::FindingRasa, tr("Asking %1 for its version…").arg(candidate.location()));
    auto *probe = new RasaVersionProbe(candidate, m_registry.get(), this);
    m_probe = probe;
    probe->setEnvironment(m_environment);
    connect(probe, &RasaVersionProbe::finished, this,
            [this, probe](const Result<RasaInstallation> &result) {
                probe->deleteLater();
                if (m_stage != Stage::FindingRasa)
                    return; // cancelled
                if (!result) {
                    fail(result.error());
                    return;
                }
                m_rasa = result.value();
                Q_EMIT rasaFound(*m_rasa);
                train();
            });
    probe->start();
}

void ProjectLauncher::train()
{
    setStage(Stage::Training, tr("Training with %1…").arg(m_rasa->displayName()));
    auto *trainer = new RasaTrainer(*m_rasa, *m_project, m_registry.get(), this);
    m_trainer = trainer;
    trainer->setEnvironment(m_environment);
    connect(trainer, &RasaTrainer::progressChanged, this,
            &ProjectLauncher::trainingProgressChanged);
    connect(trainer, &RasaTrainer::lineReceived, this,
            [this](const QString &line) { Q_EMIT lineReceived(Source::Training, line); });
    connect(trainer, &RasaTrainer::finished, this, [this, trainer](const Result<QString> &model) {
        trainer->deleteLater();
        if (trainer->isCancelled()) {
            m_retraining = false;
            setStage(isServerReady() ? Stage::Running : Stage::Idle);
            Q_EMIT cancelled();
            return;
        }
        onTrained(model);
    });
    trainer->start();
}

void ProjectLauncher::onTrained(const Result<QString> &model)
{
    if (!model) {
        m_retraining = false;
        fail(model.error());
        return;
    }
    const bool changed = model.value() != m_model;
    m_model = model.value();
    if (m_retraining && isServerReady()) {
        m_retraining = false;
        if (!changed) {
            setStage(Stage::Running);
            Q_EMIT modelSwapped(m_model, false);
            return;
        }
        setStage(Stage::LoadingModel, tr("Loading the new model into the running server…"));
        m_server->loadModel(m_model);
        return;
    }
    m_retraining = false;
    startServer();
}

void ProjectLauncher::startServer()
{
    if (m_server) {
        // Maybe called from one of its own signals: it goes later.
        m_server->disconnect(this);
        m_server->stopAndWait();
        m_server->deleteLater();
    }
    m_server = new BotServer(*m_rasa, *m_project, m_registry.get(), this);
    m_server->setEnvironment(m_environment);
    m_server->setReadinessTimeout(m_readinessTimeout);
    if (m_portPicker)
        m_server->setPortPicker(m_portPicker);
    connectServer();
    setStage(Stage::StartingServer, tr("Starting the Rasa server…"));
    m_server->start(m_model);
}

void ProjectLauncher::connectServer()
{
    BotServer *server = m_server;
    connect(server, &BotServer::lineReceived, this,
            [this](BotServer::Role role, const QString &line) {
                Q_EMIT lineReceived(
                    role == BotServer::Role::Server ? Source::Server : Source::ActionServer, line);
            });
    connect(server, &BotServer::stageChanged, this,
            [this](const QString &text) { setStage(Stage::StartingServer, text); });
    connect(server, &BotServer::ready, this, [this](const ConnectionSettings &settings) {
        setStage(Stage::Running, tr("The Rasa server is ready."));
        Q_EMIT serverReady(settings);
    });
    connect(server, &BotServer::startFailed, this, &ProjectLauncher::fail);
    connect(server, &BotServer::processDied, this, [this](BotServer::Role, const QString &message) {
        setStage(Stage::Failed, message);
        Q_EMIT processDied(message);
    });
    connect(server, &BotServer::modelLoaded, this, [this](const QString &model) {
        setStage(Stage::Running, tr("The Rasa server runs the new model."));
        Q_EMIT modelSwapped(model, true);
    });
    connect(server, &BotServer::modelLoadFailed, this, [this](const Error &error) {
        Q_EMIT lineReceived(Source::Server,
                            tr("Loading the new model failed (%1); restarting "
                               "the server with it.")
                                .arg(error.message));
        startServer();
    });
}

void ProjectLauncher::restartServer()
{
    if (!m_rasa || !m_project || m_model.isEmpty() || isBusy())
        return;
    startServer();
}

void ProjectLauncher::retrain()
{
    if (!m_rasa || !m_project || isBusy())
        return;
    m_retraining = true;
    train();
}

void ProjectLauncher::cancel()
{
    if (m_stage == Stage::FindingRasa) {
        if (m_probe)
            m_probe->cancel();
        setStage(Stage::Idle);
        Q_EMIT cancelled();
    } else if (m_stage == Stage::Training && m_trainer) {
        m_trainer->cancel(); // finished() reports it
    } else if (m_stage == Stage::StartingServer && m_server) {
        m_server->stop();
        setStage(Stage::Idle);
        Q_EMIT cancelled();
    }
}

void ProjectLauncher::fail(const Error &error)
{
    setStage(Stage::Failed, error.message);
    Q_EMIT failed(error);
}

void ProjectLauncher::stopAndWait()
{
    m_stage = Stage::Idle;
    delete m_probe.data();
    delete m_trainer.data();
    if (m_server)
        m_server->stopAndWait();
}

} // namespace Coach
