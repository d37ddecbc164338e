// MainWindow: commands that open dialogs or files (split from mainwindow.cpp
// to keep both files small).
#include "connectiondialog.h"
#include "conversationmodel.h"
#include "exportdialog.h"
#include "filedialog.h"
#include "forkdialog.h"
#include "graphview/graphcanvas.h"
#include "graphview/graphcontroller.h"
#include "graphview/graphpanel.h"
#include "launchercontroller.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "promptarea.h"
#include "replaydialog.h"
#include "sessioncloseprompt.h"
#include "settings.h"

#include "session/sessiondocument.h"
#include "session/sessionrecovery.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString sessionFilter()
{
    return QCoreApplication::translate("Coach::MainWindow", "Rasa Coach sessions (*.coach)");
}

//! Whether a journal holds anything to recover (records or an autosave).
bool worthRecovering(const RecoveryCandidate &candidate)
{
    return !candidate.stale && (candidate.stepCount > 0 || candidate.hasSnapshot);
}

//! When the lost changes were made, and whether their end is damaged.
QString recoveryDetails(const RecoveryCandidate &candidate)
{
    const QString when = QLocale().toString(candidate.lastChange, QLocale::ShortFormat);
    if (candidate.damaged)
        return QCoreApplication::translate("Coach::MainWindow",
                                           "last change %1; its damaged end is left out")
            .arg(when);
    return QCoreApplication::translate("Coach::MainWindow", "last change %1").arg(when);
}

} // namespace

void MainWindow::showConnectDialog()
{
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_document->projectFolder().isEmpty())
        dialog->setProjectFolder(m_document->projectFolder());
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { run(connectToServer(dialog->settings(), dialog->projectFolder())); });
    connect(dialog, &ConnectionDialog::startServerRequested, m_launcher,
            &LauncherController::startProject);
    dialog->open();
}

Status MainWindow::connectToServer(const ConnectionSettings &settings, const QString &projectFolder)
{
    if (!projectFolder.isEmpty())
        m_document->setProjectFolder(QFileInfo(projectFolder).absoluteFilePath());
    // Nothing of the previous server may show while this one is awaited.
    onServerInfo(ServerInfo{
        settings.serverUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery), {}, {}, {}, {}, {}});
    log(tr("Connecting to %1…").arg(m_serverLabel->text()));
    return m_session->connectToServer(settings);
}

void MainWindow::showOpenDialog()
{
    if (!maybeSave())
        return;
    const QString folder = Settings::instance()
        ? Settings::instance()->value(Settings::Key::LastSessionFolder).toString()
        : QString();
    const QString file =
        FileDialog::openFileName(this, tr("Open Session"), folder, sessionFilter());
    if (!file.isEmpty())
        openFile(file);
}

bool MainWindow::openFile(const QString &fileName)
{
    const Status status = openSession(fileName);
    if (status)
        return true;
    // Where the user looks, with the file named: the status bar is missed.
    QString reason = status.error().toString();
    if (!reason.isEmpty())
        reason[0] = reason[0].toUpper();
    const QString path = QDir::toNativeSeparators(QFileInfo(fileName).absoluteFilePath());
    log(tr("Could not open %1: %2").arg(path, reason), true);
    MessageBox::critical(this, tr("Open Session"),
                         tr("Rasa Coach could not open “%1”.\n\n%2").arg(path, reason));
    return false;
}

Status MainWindow::openSession(const QString &fileName)
{
    const QString path = QFileInfo(fileName).absoluteFilePath();
    std::unique_ptr<SessionDocument> document;
    if (const auto candidate = SessionRecovery::candidateFor(path);
        candidate && worthRecovering(*candidate)) {
        const auto answer = MessageBox::question(
            this, tr("Recover Session"),
            tr("“%1” has changes that were not saved when Rasa Coach stopped (%2). Recover them?")
                .arg(QFileInfo(path).fileName(), recoveryDetails(*candidate)));
        if (answer == QMessageBox::Yes) {
            auto recovered = SessionRecovery::recover(*candidate);
            if (!recovered)
                return recovered.error();
            document = std::move(recovered.value());
        }
    }
    if (!document) {
        auto opened = SessionDocument::open(path);
        if (!opened)
            return opened.error();
        document = std::move(opened.value());
    }
    setDocument(std::move(document));
    if (Settings *settings = Settings::instance()) {
        settings->addRecentFile(path);
        settings->setValue(Settings::Key::LastSessionFolder, QFileInfo(path).absolutePath());
    }
    log(tr("Opened %1.").arg(QDir::toNativeSeparators(path)));
    return m_session->openOffline();
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    const Status status = m_document->save();
    if (!status) {
        MessageBox::critical(this, tr("Save Session"), status.error().toString());
        return false;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(m_document->fileName()), 5000);
    if (Settings *settings = Settings::instance())
        settings->addRecentFile(m_document->fileName());
    return true;
}

bool MainWindow::saveAs(const QString &fileName)
{
    QString file = fileName;
    if (file.isEmpty()) {
        const QString folder = m_document->projectFolder();
        file = FileDialog::saveFileName(this, tr("Save Session As"), folder, sessionFilter(),
                                        u"coach"_s);
    }
    if (file.isEmpty())
        return false;
    if (!file.endsWith(u".coach"_s))
        file += u".coach"_s;
    const Status status = m_document->saveAs(file);
    if (!status) {
        MessageBox::critical(this, tr("Save Session"), status.error().toString());
        return false;
    }
    if (Settings *settings = Settings::instance())
        settings->addRecentFile(m_document->fileName());
    statusBar()->showMessage(tr("Saved %1.").arg(m_document->fileName()), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    switch (SessionClosePrompt::ask(this, m_document.get())) {
    case SessionClosePrompt::Answer::Close:
        return true;
    case SessionClosePrompt::Answer::Save:
        return save();
    case SessionClosePrompt::Answer::Export: {
        ExportDialog dialog(m_document.get(), this);
        // Writing keeps export records in the session: ask again about saving.
        return dialog.exec() == QDialog::Accepted && maybeSave();
    }
    case SessionClosePrompt::Answer::Cancel:
        break;
    }
    return false;
}

void MainWindow::offerRecovery()
{
    for (const RecoveryCandidate &candidate : SessionRecovery::candidates()) {
        if (!worthRecovering(candidate) || !candidate.sessionFile.isEmpty())
            continue; // saved sessions are offered when they are opened
        const auto answer = MessageBox::question(
            this, tr("Recover Session"),
            tr("Rasa Coach did not close cleanly. Recover “%1” (%2)?")
                .arg(candidate.displayName(), recoveryDetails(candidate)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Discard) {
            run(SessionRecovery::discard(candidate));
        } else if (answer == QMessageBox::Yes) {
            auto recovered = SessionRecovery::recover(candidate);
            if (!recovered) {
                showCommandError(recovered.error().toString());
                continue;
            }
            setDocument(std::move(recovered.value()));
            run(m_session->openOffline());
            return;
        }
    }
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files =
        Settings::instance() ? Settings::instance()->recentFiles() : QStringList();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        QAction *open =
            m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QDir::toNativeSeparators(file)));
        connect(open, &QAction::triggered, this, [this, file] {
            if (!maybeSave())
                return;
            if (!openFile(file) && !QFileInfo::exists(file) && Settings::instance())
                Settings::instance()->removeRecentFile(file);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showForkDialog()
{
    const QList<ForkPoint> points = m_session->forkPoints();
    if (points.isEmpty()) {
        showCommandError(tr("There is no user message to fork before."));
        return;
    }
    auto *dialog = new ForkDialog(points, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex current = m_history->currentIndex();
    if (current.data(ConversationModel::IsUserRole).toBool())
        dialog->selectEventIndex(current.data(ConversationModel::EventIndexRole).toInt());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->chosenEventIndex() >= 0)
            run(m_session->fork(dialog->chosenEventIndex()));
    });
    dialog->open();
}

void MainWindow::confirmRestart()
{
    const auto answer = MessageBox::question(
        this, tr("Restart the Conversation"),
        tr("Start a new story in this conversation?\n\nThe bot forgets the current story; it "
           "stays in the session, in the conversation list and in the export."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        run(m_session->restart());
}

void MainWindow::forkBeforeSelectedRow()
{
    const QModelIndex current = m_history->currentIndex();
    if (!current.data(ConversationModel::IsUserRole).toBool())
        return;
    run(m_session->fork(current.data(ConversationModel::EventIndexRole).toInt()));
}

void MainWindow::createGraphDock()
{
    m_graphPanel = new GraphPanel(this);
    m_graphController = new GraphController(m_graphPanel, this);
    m_graphDock = new QDockWidget(tr("Story Graph"), this);
    m_graphDock->setObjectName(u"GraphDock"_s);
    m_graphDock->setAccessibleName(tr("Story graph"));
    m_graphDock->setWidget(m_graphPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_graphDock);
    QAction *toggle = action(ActionId::ToggleGraph);
    toggle->setCheckable(true);
    m_viewMenu->addAction(toggle);
    connect(toggle, &QAction::triggered, this, &MainWindow::toggleGraphDock);
    // Also sent when its tab is selected or another one is: a graph behind
    // a tab is not drawn.
    connect(m_graphDock, &QDockWidget::visibilityChanged, toggle, &QAction::setChecked);
    connect(m_graphDock, &QDockWidget::visibilityChanged, m_graphController,
            &GraphController::setPanelShown);
    connect(m_graphController, &GraphController::commandFailed, this,
            &MainWindow::showCommandError);
    connect(m_graphPanel->canvas(), &GraphCanvas::leaveRequested, m_prompt,
            &PromptArea::focusCurrentPage);
    connect(m_graphPanel, &GraphPanel::exportFailed, this, &MainWindow::showCommandError);
    connect(m_graphPanel, &GraphPanel::exported, this, [this](const QString &fileName) {
        statusBar()->showMessage(tr("Graph exported to %1").arg(fileName), 8000);
    });
    auto *detailsDock = findChild<QDockWidget *>(u"DetailsDock"_s);
    tabifyDockWidget(detailsDock, m_graphDock);
    detailsDock->raise();
}

void MainWindow::toggleGraphDock()
{
    // A tabbed dock behind another tab is not visible: bring it to the front.
    if (m_graphDock->isVisible() && !m_graphPanel->visibleRegion().isEmpty()) {
        m_graphDock->hide();
        return;
    }
    m_graphDock->show();
    m_graphDock->raise();
    m_graphPanel->canvas()->setFocus();
}

void MainWindow::showExportDialog()
{
    auto *dialog = new ExportDialog(m_document.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::filesWritten, this, [this](const QStringList &paths) {
        const QString list = paths.isEmpty() ? tr("nothing") : paths.join(u", "_s);
        log(tr("Exported: %1").arg(list));
        statusBar()->showMessage(tr("Exported %n file(s).", nullptr, int(paths.size())), 8000);
        m_launcher->offerRetrain(paths);
    });
    dialog->open();
}

void MainWindow::showReplayDialog()
{
    auto *dialog = new ReplayDialog(m_document.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session->state() != InteractiveSession::State::Disconnected
        && m_session->state() != InteractiveSession::State::Offline) {
        dialog->setConnection(m_session->connectionSettings());
    }
    connect(dialog, &ReplayDialog::turnRequested, this, &MainWindow::showTurn);
    dialog->show();
}

void MainWindow::showTurn(int conversation, int eventIndex)
{
    if (conversation != m_session->currentConversation()) {
        if (const Status status = m_session->switchConversation(conversation); !status) {
            showCommandError(status.error().message);
            return;
        }
    }
    const int row = m_conversationModel->rowOfEvent(eventIndex);
    if (row >= 0) {
        m_history->selectRow(row);
        m_history->scrollTo(m_conversationModel->index(row, 0));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && urls.first().toLocalFile().endsWith(u".coach"_s))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = event->mimeData()->urls().value(0).toLocalFile();
    if (file.isEmpty() || !maybeSave())
        return;
    event->acceptProposedAction();
    openFile(file);
}

void MainWindow::restoreWindowState()
{
    Settings *settings = Settings::instance();
    if (!settings
        || !restoreGeometry(settings->value(Settings::Key::MainWindowGeometry).toByteArray()))
        resize(1200, 800);
    if (settings)
        restoreState(settings->value(Settings::Key::MainWindowState).toByteArray());
}

void MainWindow::saveWindowState()
{
    if (Settings *settings = Settings::instance()) {
        settings->setValue(Settings::Key::MainWindowGeometry, saveGeometry());
        settings->setValue(Settings::Key::MainWindowState, saveState());
    }
}

} // namespace Coach
