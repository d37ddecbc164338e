#include "launchercontroller.h"

#include "filedialog.h"
#include "launchprogressdialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "serverlogpanel.h"
#include "settings.h"

#include "session/sessiondocument.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMetaMethod>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString sourceName(ProjectLauncher::Source source)
{
    switch (source) {
    case ProjectLauncher::Source::Rasa:
        return u"rasa"_s;
    case ProjectLauncher::Source::Training:
        return u"train"_s;
    case ProjectLauncher::Source::Server:
        return u"server"_s;
    case ProjectLauncher::Source::ActionServer:
        return u"actions"_s;
    }
    return {};
}

QString chosenRasa()
{
    const Settings *settings = Settings::instance();
    return settings ? settings->value(Settings::Key::RasaExecutable).toString() : QString();
}

} // namespace

LauncherController::LauncherController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_launcher(new ProjectLauncher(this))
    , m_panel(new ServerLogPanel(window))
    , m_dock(new QDockWidget(tr("Rasa Output"), window))
    , m_dialog(new LaunchProgressDialog(window))
{
    m_dock->setObjectName(u"RasaOutputDock"_s);
    m_dock->setWidget(m_panel);
    m_dock->hide();
    createActions();
    connectLauncher();
    connect(m_dialog, &LaunchProgressDialog::cancelRequested, m_launcher, &ProjectLauncher::cancel);
    connect(m_dialog, &LaunchProgressDialog::retryRequested, this, &LauncherController::retry);
}

LauncherController::~LauncherController()
{
    m_launcher->stopAndWait();
}

void LauncherController::createActions()
{
    m_openAction = new QAction(tr("Open &Bot Project…"), this);
    m_openAction->setToolTip(tr("Train a bot project and start its Rasa server"));
    m_retrainAction = new QAction(tr("Re&train && Restart Server"), this);
    m_retrainAction->setEnabled(false);
    m_chooseRasaAction = new QAction(tr("&Choose Rasa Executable…"), this);
    m_searchRasaAction = new QAction(tr("&Find Rasa Automatically"), this);
    m_searchRasaAction->setCheckable(true);
    m_searchRasaAction->setChecked(chosenRasa().isEmpty());
    connect(m_openAction, &QAction::triggered, this, &LauncherController::openProject);
    connect(m_retrainAction, &QAction::triggered, this, &LauncherController::retrain);
    connect(m_chooseRasaAction, &QAction::triggered, this, &LauncherController::chooseRasa);
    connect(m_searchRasaAction, &QAction::triggered, this, [this] {
        if (Settings *settings = Settings::instance())
            settings->reset(Settings::Key::RasaExecutable);
        m_searchRasaAction->setChecked(true);
    });
}

QList<QAction *> LauncherController::rasaExecutableActions() const
{
    return {m_chooseRasaAction, m_searchRasaAction};
}

void LauncherController::connectLauncher()
{
    ProjectLauncher *l = m_launcher;
    connect(l, &ProjectLauncher::stageChanged, this,
            [this](ProjectLauncher::Stage stage, const QString &text) {
                m_dialog->setStage(text);
                if (!text.isEmpty())
                    note(text);
                m_retrainAction->setEnabled(stage == ProjectLauncher::Stage::Running);
            });
    connect(l, &ProjectLauncher::orphansStopped, this, [this](int count) {
        note(tr("Stopped %n Rasa process(es) left running by an earlier Rasa Coach.", nullptr,
                count));
    });
    connect(l, &ProjectLauncher::rasaFound, this,
            [this](const RasaInstallation &rasa) { m_dialog->setRasa(rasa.displayName()); });
    connect(l, &ProjectLauncher::trainingProgressChanged, m_dialog,
            &LaunchProgressDialog::setTrainingProgress);
    connect(l, &ProjectLauncher::lineReceived, this, &LauncherController::onLine);
    connect(l, &ProjectLauncher::serverReady, this, &LauncherController::onServerReady);
    connect(l, &ProjectLauncher::modelSwapped, this, &LauncherController::onModelSwapped);
    connect(l, &ProjectLauncher::failed, this, &LauncherController::onFailed);
    connect(l, &ProjectLauncher::processDied, this, &LauncherController::onProcessDied);
    connect(l, &ProjectLauncher::cancelled, this, [this] {
        m_dialog->hide();
        note(tr("Cancelled."));
    });
}

void LauncherController::begin(Request request, const QString &title)
{
    m_request = request;
    m_dialog->begin(m_folder, title);
    m_dialog->show();
    m_dialog->raise();
}

void LauncherController::startProject(const QString &folder)
{
    m_folder = QFileInfo(folder).absoluteFilePath();
    m_launcher->setChosenRasa(chosenRasa());
    m_dock->show(); // what Rasa prints is the first thing to read when it fails
    m_dock->raise();
    begin(Request::Start, tr("Starting the Bot"));
    m_launcher->start(m_folder);
}

void LauncherController::openProject()
{
    const QString start = m_folder.isEmpty() ? m_window->document()->projectFolder() : m_folder;
    const QString folder = FileDialog::existingDirectory(m_window, tr("Open Bot Project"), start);
    if (!folder.isEmpty())
        startProject(folder);
}

void LauncherController::retrain()
{
    if (!m_launcher->isServerReady())
        return;
    begin(Request::Retrain, tr("Retraining the Bot"));
    m_launcher->retrain();
}

void LauncherController::retry()
{
    if (m_request == Request::Start || !m_launcher->rasa()) {
        startProject(m_folder);
    } else if (m_request == Request::Retrain && m_launcher->isServerReady()) {
        retrain();
    } else {
        begin(Request::Restart, tr("Restarting the Bot"));
        m_launcher->restartServer();
    }
}

void LauncherController::offerRetrain(const QStringList &paths)
{
    if (!m_launcher->isServerReady() || paths.isEmpty())
        return;
    QStringList outside;
    for (const QString &path : paths) {
        const QString relative = QDir(m_folder).relativeFilePath(path);
        if (relative.startsWith(u"../"_s) || QDir::isAbsolutePath(relative))
            outside.append(QDir::toNativeSeparators(path));
    }
    QString text = tr("Retrain the bot with the exported data and load the new model into its "
                      "server? The conversation goes on with the new model.");
    if (!outside.isEmpty())
        text += u"\n\n"_s
            + tr("Not in the bot project, so not trained on: %1").arg(outside.join(u", "_s));
    if (MessageBox::question(m_window, tr("Retrain && Restart"), text) == QMessageBox::Yes)
        retrain();
}

void LauncherController::onLine(ProjectLauncher::Source source, const QString &line)
{
    m_panel->appendLine(sourceName(source), line);
    if (source == ProjectLauncher::Source::Training)
        m_dialog->setLastLine(line);
}

void LauncherController::onServerReady(const ConnectionSettings &settings)
{
    m_dialog->hide();
    // The token is generated for this run; it goes to the session only.
    reconnect(settings);
}

void LauncherController::reconnect(ConnectionSettings settings)
{
    const SessionDocument *document = m_window->document();
    if (document->currentConversation() >= 0)
        settings.conversationId = document->conversationId(document->currentConversation());
    // A server that was replaced: the session resumes the same conversation
    // on the new one (docs/engine.md, "Resume and rebuild").
    m_window->session()->disconnectFromServer();
    if (const Status status = m_window->connectToServer(settings, m_folder); !status)
        onFailed(status.error());
}

void LauncherController::onModelSwapped(const QString &model, bool changed)
{
    m_dialog->hide();
    if (!changed) {
        m_window->statusBar()->showMessage(
            tr("Nothing changed since the last training; the server keeps its model."), 10000);
        return;
    }
    note(tr("The server runs %1.").arg(QDir::toNativeSeparators(model)));
    reconnect(m_launcher->connectionSettings());
    offerReplay();
}

void LauncherController::offerReplay()
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&LauncherController::replayRequested);
    if (!isSignalConnected(signal))
        return;
    const auto answer = MessageBox::question(
        m_window, tr("Replay"),
        tr("The server runs the new model. Replay the session's conversations against it?"));
    if (answer == QMessageBox::Yes)
        Q_EMIT replayRequested();
}

void LauncherController::onFailed(const Error &error)
{
    note(error.toString());
    m_dialog->showFailure(error.toString());
    m_dialog->show();
}

void LauncherController::onProcessDied(const QString &message)
{
    note(message);
    m_dock->show();
    const auto answer = MessageBox::warning(
        m_window, tr("Rasa Stopped"), message + u"\n\n"_s + tr("Restart the server?"),
        QMessageBox::Retry | QMessageBox::Close, QMessageBox::Retry);
    if (answer != QMessageBox::Retry)
        return;
    begin(Request::Restart, tr("Restarting the Bot"));
    m_launcher->restartServer();
}

void LauncherController::chooseRasa()
{
    const QString file = FileDialog::openFileName(
        m_window, tr("Rasa Executable"), QFileInfo(chosenRasa()).absolutePath(),
        tr("The rasa command or a Python interpreter with Rasa (*)"));
    if (file.isEmpty())
        return;
    if (Settings *settings = Settings::instance())
        settings->setValue(Settings::Key::RasaExecutable, file);
    m_searchRasaAction->setChecked(false);
}

void LauncherController::note(const QString &text)
{
    m_panel->appendNote(text);
}

} // namespace Coach
