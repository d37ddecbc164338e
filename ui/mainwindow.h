#pragma once

#include "result.h"

#include "session/interactivesession.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QTableView;

namespace Coach {

class BusySpinner;
class ConflictsController;
class ConversationModel;
class EventDetailsPane;
class GraphController;
class GraphPanel;
class LauncherController;
class PromptArea;
class SessionDocument;
class SlotsModel;

//! The window an annotator works in all day: the history table, the prompt
//! area that answers the session's questions, slots, event details, story
//! graph and messages in docks, and every command as a keyboard-reachable
//! action. It owns the open SessionDocument and the InteractiveSession that
//! works on it; opening another file replaces both.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class ActionId {
        Connect,
        Open,
        Save,
        SaveAs,
        Export,
        Quit,
        Undo,
        Fork,
        Restart,
        NewConversation,
        ForkHere,
        ToggleGraph,
        Count
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Opens a session file (offering recovery when its journal is newer).
    Status openSession(const QString &fileName);
    //! Opens a session file the user chose (menu, recent list, drop, command
    //! line); a failure is shown in a dialog that names the file.
    bool openFile(const QString &fileName);
    //! Connects the current document to a server without asking.
    Status connectToServer(const ConnectionSettings &settings, const QString &projectFolder = {});
    bool save();
    bool saveAs(const QString &fileName = {});
    //! Asks whether to recover sessions that did not close cleanly.
    void offerRecovery();

    SessionDocument *document() const { return m_document.get(); }
    InteractiveSession *session() const { return m_session; }
    ConversationModel *conversationModel() const { return m_conversationModel; }
    SlotsModel *slotsModel() const { return m_slotsModel; }
    PromptArea *promptArea() const { return m_prompt; }
    QTableView *historyView() const { return m_history; }
    EventDetailsPane *detailsPane() const { return m_details; }
    QListWidget *messageLog() const { return m_log; }
    QAction *action(ActionId id) const;
    //! The dock of the live story graph.
    QDockWidget *graphDock() const { return m_graphDock; }
    GraphPanel *graphPanel() const { return m_graphPanel; }
    GraphController *graphController() const { return m_graphController; }
    ConflictsController *conflictsController() const { return m_conflicts; }
    //! Starting the bot from its project (File › Open Bot Project…).
    LauncherController *launcherController() const { return m_launcher; }
    QString statusText() const;
    //! Shows rows that are not the session's (a conversation of the inbox)
    //! in the history table, until endPreview() or the session changes.
    void showPreview(const QList<HistoryRow> &rows, const QString &title);
    void endPreview();
    bool isPreviewing() const { return m_previewing; }

Q_SIGNALS:
    //! The open document changed (new, opened, recovered).
    void documentChanged(Coach::SessionDocument *document);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createDocks();
    void createGraphDock();
    void toggleGraphDock();
    void createStatusBar();
    QAction *makeAction(ActionId id, const QString &text, const QKeySequence &shortcut,
                        const QString &icon = {});
    void connectActions();

    void setDocument(std::unique_ptr<SessionDocument> document);
    void connectSession();
    void onStateChanged(InteractiveSession::State state);
    void onDomainChanged();
    void onServerInfo(const ServerInfo &info);
    void updateTitle();
    void updateActions();
    void log(const QString &text, bool isError = false);
    void showCommandError(const QString &text);
    void run(const Status &status);

    // Commands.
    void showConnectDialog();
    void showOpenDialog();
    void showExportDialog();
    void showReplayDialog();
    //! Shows an event of a conversation in the history (switching to it).
    void showTurn(int conversation, int eventIndex);
    void showForkDialog();
    void confirmRestart();
    void forkBeforeSelectedRow();
    void fillRecentMenu();
    bool maybeSave();

    void restoreWindowState();
    void saveWindowState();

    std::unique_ptr<SessionDocument> m_document;
    QPointer<InteractiveSession> m_session;
    QList<QAction *> m_actions;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;

    ConversationModel *m_conversationModel = nullptr;
    SlotsModel *m_slotsModel = nullptr;
    QTableView *m_history = nullptr;
    PromptArea *m_prompt = nullptr;
    EventDetailsPane *m_details = nullptr;
    QListWidget *m_log = nullptr;
    QDockWidget *m_graphDock = nullptr;
    GraphPanel *m_graphPanel = nullptr;
    GraphController *m_graphController = nullptr;
    ConflictsController *m_conflicts = nullptr;
    LauncherController *m_launcher = nullptr;

    QLabel *m_serverLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_modelLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    BusySpinner *m_spinner = nullptr;
    bool m_previewing = false;
};

} // namespace Coach
