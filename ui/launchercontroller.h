#pragma once

#include "project/projectlauncher.h"

#include <QObject>

class QAction;
class QDockWidget;

namespace Coach {

class LaunchProgressDialog;
class MainWindow;
class ServerLogPanel;

//! Starting the bot from its project in the window: File › Open Bot
//! Project…, "Start a server for this project" in the Connect dialog and
//! `--project DIR --start-server` all end in startProject(). Shows the
//! progress (LaunchProgressDialog), puts Rasa's output in the Rasa Output
//! dock (ServerLogPanel), connects the window's session once the server is
//! ready (the generated token goes only to the session), reports a process
//! that died with its last lines and offers a restart, and after an export
//! offers Retrain & Restart, reconnecting the same conversation to the new
//! model. Everything it started stops when it is destroyed.
class LauncherController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LauncherController)

public:
    explicit LauncherController(MainWindow *window);
    ~LauncherController() override;

    ProjectLauncher *launcher() const { return m_launcher; }
    ServerLogPanel *logPanel() const { return m_panel; }
    QDockWidget *logDock() const { return m_dock; }
    LaunchProgressDialog *progressDialog() const { return m_dialog; }
    QAction *openProjectAction() const { return m_openAction; }
    QAction *retrainAction() const { return m_retrainAction; }
    //! Settings › Rasa Executable submenu actions (choose, search).
    QList<QAction *> rasaExecutableActions() const;

    void startProject(const QString &folder);
    //! Asks for a project folder, then startProject().
    void openProject();
    void retrain();
    //! After an export wrote `paths`: offers Retrain & Restart when the
    //! server of the session's project runs.
    void offerRetrain(const QStringList &paths);

Q_SIGNALS:
    //! The server runs the retrained model and the session reconnected:
    //! a replay of the session against it may start. Only offered to the
    //! annotator when something is connected here (the replay feature).
    void replayRequested();

private:
    enum class Request { Start, Retrain, Restart };

    void createActions();
    void connectLauncher();
    void begin(Request request, const QString &title);
    void onServerReady(const ConnectionSettings &settings);
    void onModelSwapped(const QString &model, bool changed);
    void onFailed(const Error &error);
    void onProcessDied(const QString &message);
    void onLine(ProjectLauncher::Source source, const QString &line);
    void reconnect(ConnectionSettings settings);
    void offerReplay();
    void retry();
    void chooseRasa();
    void note(const QString &text);

    MainWindow *m_window = nullptr;
    ProjectLauncher *m_launcher = nullptr;
    ServerLogPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    LaunchProgressDialog *m_dialog = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_retrainAction = nullptr;
    QAction *m_chooseRasaAction = nullptr;
    QAction *m_searchRasaAction = nullptr;
    Request m_request = Request::Start;
    QString m_folder;
};

} // namespace Coach
