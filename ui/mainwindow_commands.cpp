// MainWindow: commands that open dialogs or files (split from mainwindow.cpp
// to keep both files small).
#include "mainwindow.h"

#include "connectiondialog.h"
#include "conversationmodel.h"
#include "exportdialog.h"
#include "filedialog.h"
#include "forkdialog.h"
#include "graph/graphcanvas.h"
#include "graph/graphcontroller.h"
#include "graph/graphpanel.h"
#include "launchercontroller.h"
#include "messagebox.h"
#include "session/sessiondocument.h"
#include "session/sessionrecovery.h"
#include "settings.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QLabel>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
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

} // namespace

void MainWindow::showConnectDialog()
{
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_document->projectFolder().isEmpty())
        dialog->setProjectFolder(m_document->projectFolder());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        run(connectToServer(dialog->settings(), dialog->projectFolder()));
    });
    connect(dialog, &ConnectionDialog::startServerRequested, m_launcher,
            &LauncherController::startProject);
    dialog->open();
}

Status MainWindow::connectToServer(const ConnectionSettings &settings,
                                   const QString &projectFolder)
{
    if (!projectFolder.isEmpty())
        m_document->setProjectFolder(QFileInfo(projectFolder).absoluteFilePath());
    m_serverLabel->setText(settings.serverUrl.toDisplayString());
    log(tr("Connecting to %1…").arg(settings.serverUrl.toDisplayString()));
    return m_session->connectToServer(settings);
}

void MainWindow::showOpenDialog()
{
    if (!maybeSave())
        return;
    const QString folder = Settings::instance()
                               ? Settings::instance()->value(Settings::Key::LastSessionFolder).toString()
                               : QString();
    const QString file = FileDialog::openFileName(this, tr("Open Session"), folder,
                                                  sessionFilter());
    if (!file.isEmpty())
        run(openSession(file));
}

Status MainWindow::openSession(const QString &fileName)
{
    const QString path = QFileInfo(fileName).absoluteFilePath();
    std::unique_ptr<SessionDocument> document;
    if (const auto candidate = SessionRecovery::candidateFor(path); candidate && !candidate->stale) {
        const auto answer = MessageBox::question(
            this, tr("Recover Session"),
            tr("“%1” has changes that were not saved when Rasa Coach stopped (%2 steps, last at "
               "%3). Recover them?")
                .arg(QFileInfo(path).fileName())
                .arg(candidate->stepCount)
                .arg(QLocale().toString(candidate->lastChange, QLocale::ShortFormat)));
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
    if (!m_document || !m_document->isModified())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved Session"), tr("The session has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::offerRecovery()
{
    for (const RecoveryCandidate &candidate : SessionRecovery::candidates()) {
        if (candidate.stale || !candidate.sessionFile.isEmpty())
            continue; // saved sessions are offered when they are opened
        const auto answer = MessageBox::question(
            this, tr("Recover Session"),
            tr("Rasa Coach did not close cleanly. Recover “%1” (%2 steps, last at %3)?")
                .arg(candidate.displayName())
                .arg(candidate.stepCount)
                .arg(QLocale().toString(candidate.lastChange, QLocale::ShortFormat)),
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
    const QStringList files = Settings::instance() ? Settings::instance()->recentFiles()
                                                   : QStringList();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString file = files.at(i);
        QAction *open = m_recentMenu->addAction(
            u"&%1 %2"_s.arg(i + 1).arg(QDir::toNativeSeparators(file)));
        connect(open, &QAction::triggered, this, [this, file] {
            if (!maybeSave())
                return;
            const Status status = openSession(file);
            if (!status && !QFileInfo::exists(file) && Settings::instance())
                Settings::instance()->removeRecentFile(file);
            run(status);
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
    connect(m_graphController, &GraphController::commandFailed, this, &MainWindow::showCommandError);
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
    run(openSession(file));
}

void MainWindow::restoreWindowState()
{
    Settings *settings = Settings::instance();
    if (!settings || !restoreGeometry(settings->value(Settings::Key::MainWindowGeometry).toByteArray()))
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
