#include "mainwindow.h"

#include "busyspinner.h"
#include "conflictscontroller.h"
#include "conflictspanel.h"
#include "conflictwarning.h"
#include "conversationdelegate.h"
#include "conversationlistpanel.h"
#include "conversationmodel.h"
#include "eventdetailspane.h"
#include "graphview/graphcontroller.h"
#include "helpmenu.h"
#include "inboxintegration.h"
#include "languagemenu.h"
#include "launchercontroller.h"
#include "promptarea.h"
#include "resumeprompt.h"
#include "settings.h"
#include "slotsmodel.h"

#include "model/domain.h"
#include "session/sessiondocument.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The icons live in coach_ui's resources; a static library needs this.
static void initCoachResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace Coach {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_conversationModel(new ConversationModel(this))
    , m_slotsModel(new SlotsModel(this))
{
    initCoachResources();
    setObjectName(u"MainWindow"_s);
    setWindowIcon(QIcon(u":/icons/rasa-coach.svg"_s));
    setAcceptDrops(true);
    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    createDocks();
    createStatusBar();
    connectActions();
    restoreWindowState();
    setDocument(std::make_unique<SessionDocument>());
    new InboxIntegration(this);
}

MainWindow::~MainWindow()
{
    // The session refers to the document: it goes first.
    m_prompt->setSession(nullptr);
    m_graphController->setSession(nullptr);
    m_conflicts->setSession(nullptr);
    delete m_session.data();
}

QAction *MainWindow::makeAction(ActionId id, const QString &text, const QKeySequence &shortcut,
                                const QString &icon)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    if (!icon.isEmpty())
        action->setIcon(QIcon::fromTheme(icon, QIcon(u":/icons/%1.svg"_s.arg(icon))));
    QString plain = text;
    plain.remove(u'&');
    plain.remove(u'…');
    action->setToolTip(shortcut.isEmpty()
                           ? plain
                           : u"%1 (%2)"_s.arg(plain, shortcut.toString(QKeySequence::NativeText)));
    action->setObjectName(u"action%1"_s.arg(static_cast<int>(id)));
    m_actions[static_cast<int>(id)] = action;
    return action;
}

void MainWindow::createActions()
{
    m_actions.resize(static_cast<int>(ActionId::Count));
    makeAction(ActionId::Connect, tr("&Connect…"), QKeySequence(tr("Ctrl+K")), u"connect"_s);
    makeAction(ActionId::Open, tr("&Open…"), QKeySequence::Open, u"open"_s);
    makeAction(ActionId::Save, tr("&Save"), QKeySequence::Save, u"save"_s);
    // QKeySequence::SaveAs is empty on X11 without a desktop's key theme.
    makeAction(ActionId::SaveAs, tr("Save &As…"), QKeySequence(tr("Ctrl+Shift+S")));
    makeAction(ActionId::Export, tr("&Export Training Data…"), QKeySequence(tr("Ctrl+Shift+E")),
               u"export"_s);
    makeAction(ActionId::Quit, tr("&Quit"), QKeySequence::Quit);
    makeAction(ActionId::Undo, tr("&Undo Last Step"), QKeySequence::Undo, u"undo"_s);
    makeAction(ActionId::Fork, tr("&Fork…"), QKeySequence(tr("Ctrl+F")), u"fork"_s);
    makeAction(ActionId::Restart, tr("&Restart (Start Fresh)"), QKeySequence(tr("Ctrl+R")),
               u"restart"_s);
    makeAction(ActionId::NewConversation, tr("&New Conversation"), QKeySequence::New,
               u"new-conversation"_s);
    makeAction(ActionId::ForkHere, tr("Fork &Before This Message"), {});
    makeAction(ActionId::ToggleGraph, tr("Story &Graph"), QKeySequence(tr("Ctrl+G")));
    // Shortcuts must work while the focus is in the prompt panels.
    for (QAction *action : std::as_const(m_actions))
        action->setShortcutContext(Qt::ApplicationShortcut);
    action(ActionId::Export)->setShortcutContext(Qt::WindowShortcut);
    // Short toolbar labels: the menu texts are too long for the toolbar in
    // German and Spanish, which then hides buttons in its overflow menu.
    action(ActionId::Export)->setIconText(tr("Export…", "toolbar"));
    action(ActionId::Undo)->setIconText(tr("Undo", "toolbar"));
    action(ActionId::Fork)->setIconText(tr("Fork…", "toolbar"));
    action(ActionId::Restart)->setIconText(tr("Restart", "toolbar"));
    action(ActionId::Undo)
        ->setWhatsThis(tr("Removes the last user message or bot action "
                          "from the conversation on the server."));
    m_launcher = new LauncherController(this);
    // After Retrain & Restart the launcher offers to replay the session.
    connect(m_launcher, &LauncherController::replayRequested, this, &MainWindow::showReplayDialog);
}

QAction *MainWindow::action(ActionId id) const
{
    return m_actions.value(static_cast<int>(id));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(ActionId::Connect));
    file->addAction(m_launcher->openProjectAction());
    file->addSeparator();
    file->addAction(action(ActionId::Open));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    // Filled when File opens, so that an empty list is greyed out there.
    connect(file, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(action(ActionId::Save));
    file->addAction(action(ActionId::SaveAs));
    file->addSeparator();
    file->addAction(action(ActionId::Export));
    file->addAction(m_launcher->retrainAction());
    file->addSeparator();
    file->addAction(action(ActionId::Quit));
    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    conversation->addAction(action(ActionId::Undo));
    conversation->addAction(action(ActionId::Fork));
    conversation->addAction(action(ActionId::Restart));
    conversation->addAction(action(ActionId::NewConversation));
    conversation->addSeparator();
    conversation->addAction(tr("Re&play against Server…"), this, &MainWindow::showReplayDialog)
        ->setObjectName(u"actionReplay"_s);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"ViewMenu"_s);
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addMenu(new LanguageMenu(settingsMenu));
    settingsMenu->addMenu(tr("&Rasa Executable"))->addActions(m_launcher->rasaExecutableActions());
    menuBar()->addMenu(new HelpMenu(this));
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"MainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (ActionId id : {ActionId::Connect, ActionId::Open, ActionId::Save, ActionId::Export})
        bar->addAction(action(id));
    bar->addSeparator();
    for (ActionId id :
         {ActionId::Undo, ActionId::Fork, ActionId::Restart, ActionId::NewConversation})
        bar->addAction(action(id));
    for (QAction *a : bar->actions()) {
        if (QWidget *button = bar->widgetForAction(a))
            button->setAccessibleName(a->toolTip());
    }
}

void MainWindow::createCentralWidget()
{
    m_history = new QTableView(this);
    m_history->setObjectName(u"HistoryView"_s);
    m_history->setAccessibleName(tr("Conversation history"));
    m_history->setModel(m_conversationModel);
    auto *delegate = new ConversationDelegate(m_history);
    m_history->setItemDelegate(delegate);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setWordWrap(true);
    m_history->setAlternatingRowColors(true);
    m_history->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_history->addAction(action(ActionId::ForkHere));
    m_history->verticalHeader()->hide();
    m_history->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_history->horizontalHeader();
    header->setSectionResizeMode(ConversationModel::Number, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConversationModel::Bot, QHeaderView::Stretch);
    header->setSectionResizeMode(ConversationModel::User, QHeaderView::Stretch);
    header->setSectionResizeMode(ConversationModel::Confidence, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConversationModel::Policy, QHeaderView::ResizeToContents);
    connect(delegate, &ConversationDelegate::linkActivated, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_conversationModel, &QAbstractItemModel::rowsInserted, m_history,
            [this] { m_history->scrollToBottom(); });

    m_prompt = new PromptArea(this);
    m_prompt->setObjectName(u"PromptArea"_s);
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->givePriorityTo(m_actions);
    // Story conflicts warn right above the prompt, whatever it asks.
    m_conflicts = new ConflictsController(this);
    m_conflicts->watchActionPanel(m_prompt->actionPanel());
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_conflicts->warning());
    bottomLayout->addWidget(m_prompt, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"CentralSplitter"_s);
    splitter->addWidget(m_history);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    // The message line needs little room; the annotation and action panels
    // need much more: give the prompt area what its current page needs.
    connect(m_prompt, &PromptArea::pageChanged, splitter, [splitter](PromptArea::Page page) {
        if (page == PromptArea::Page::Busy)
            return; // short waits between questions: keep the size
        const int total = splitter->height();
        const bool compact = page == PromptArea::Page::Message || page == PromptArea::Page::Idle
            || page == PromptArea::Page::Failed;
        const int prompt = compact ? std::min(total / 4, 110) : total * 9 / 20;
        splitter->setSizes({total - prompt, prompt});
    });
    connect(m_prompt, &PromptArea::commandFailed, this, &MainWindow::showCommandError);
}

void MainWindow::createDocks()
{
    auto addDock = [this](const QString &title, const QString &menuText, const QString &name,
                          QWidget *widget, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        dock->toggleViewAction()->setText(menuText); // with its mnemonic
        m_viewMenu->addAction(dock->toggleViewAction());
        return dock;
    };
    auto *slotView = new QTableView(this);
    slotView->setModel(m_slotsModel);
    slotView->setAccessibleName(tr("Slots"));
    slotView->verticalHeader()->hide();
    slotView->horizontalHeader()->setStretchLastSection(true);
    slotView->setSelectionBehavior(QAbstractItemView::SelectRows);
    QDockWidget *slotsDock =
        addDock(tr("Slots"), tr("&Slots"), u"SlotsDock"_s, slotView, Qt::RightDockWidgetArea);

    auto *conversations = new ConversationListPanel(this);
    tabifyDockWidget(slotsDock,
                     addDock(tr("Conversations"), tr("&Conversations"), u"ConversationsDock"_s,
                             conversations, Qt::RightDockWidgetArea));
    slotsDock->raise();
    connect(this, &MainWindow::documentChanged, conversations,
            [this, conversations] { conversations->setSession(m_session); });
    connect(conversations, &ConversationListPanel::commandFailed, this,
            &MainWindow::showCommandError);

    m_details = new EventDetailsPane(this);
    m_details->setAccessibleName(tr("Event details"));
    addDock(tr("Event Details"), tr("&Event Details"), u"DetailsDock"_s, m_details,
            Qt::RightDockWidgetArea);
    connect(m_history->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_details->setEvent(current.data(ConversationModel::EventJsonRole).toJsonObject());
                updateActions();
            });

    m_log = new QListWidget(this);
    m_log->setAccessibleName(tr("Messages"));
    m_log->setWordWrap(true);
    QDockWidget *logDock = addDock(tr("Messages"), tr("&Messages"), u"MessagesDock"_s, m_log,
                                   Qt::BottomDockWidgetArea);
    logDock->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_launcher->logDock());
    m_launcher->logDock()->toggleViewAction()->setText(tr("Rasa &Output")); // with its mnemonic
    m_viewMenu->addAction(m_launcher->logDock()->toggleViewAction());
    tabifyDockWidget(logDock, m_launcher->logDock());

    createGraphDock();
    m_conflicts->markGraph(m_graphPanel);
    QDockWidget *conflictsDock = addDock(tr("Conflicts"), tr("Co&nflicts"), u"ConflictsDock"_s,
                                         m_conflicts->panel(), Qt::RightDockWidgetArea);
    m_conflicts->setDock(conflictsDock);
    conflictsDock->hide();
}

void MainWindow::createStatusBar()
{
    m_serverLabel = new QLabel(this);
    m_versionLabel = new QLabel(this);
    m_modelLabel = new QLabel(this);
    m_stateLabel = new QLabel(this);
    m_spinner = new BusySpinner(this);
    m_serverLabel->setAccessibleName(tr("Server"));
    m_versionLabel->setAccessibleName(tr("Rasa version"));
    m_modelLabel->setAccessibleName(tr("Model"));
    m_stateLabel->setAccessibleName(tr("Session state"));
    m_modelLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_versionLabel);
    statusBar()->addPermanentWidget(m_modelLabel);
    statusBar()->addPermanentWidget(m_stateLabel);
    statusBar()->addPermanentWidget(m_spinner);
}

void MainWindow::connectActions()
{
    connect(action(ActionId::Connect), &QAction::triggered, this, &MainWindow::showConnectDialog);
    connect(action(ActionId::Open), &QAction::triggered, this, &MainWindow::showOpenDialog);
    connect(action(ActionId::Save), &QAction::triggered, this, [this] { save(); });
    connect(action(ActionId::SaveAs), &QAction::triggered, this, [this] { saveAs(); });
    connect(action(ActionId::Export), &QAction::triggered, this, &MainWindow::showExportDialog);
    connect(action(ActionId::Quit), &QAction::triggered, this, &QWidget::close);
    connect(action(ActionId::Undo), &QAction::triggered, this, [this] { run(m_session->undo()); });
    connect(action(ActionId::Fork), &QAction::triggered, this, &MainWindow::showForkDialog);
    connect(action(ActionId::ForkHere), &QAction::triggered, this,
            &MainWindow::forkBeforeSelectedRow);
    connect(action(ActionId::Restart), &QAction::triggered, this, &MainWindow::confirmRestart);
    connect(action(ActionId::NewConversation), &QAction::triggered, this,
            [this] { run(m_session->newConversation()); });
}

void MainWindow::showPreview(const QList<HistoryRow> &rows, const QString &title)
{
    m_previewing = true;
    m_conversationModel->setRows(rows);
    m_history->scrollToBottom();
    statusBar()->showMessage(title);
    updateActions();
}

void MainWindow::endPreview()
{
    m_previewing = false;
    m_conversationModel->setRows(m_session->historyRows());
    statusBar()->clearMessage();
    updateActions();
}

void MainWindow::setDocument(std::unique_ptr<SessionDocument> document)
{
    m_previewing = false;
    m_prompt->setSession(nullptr);
    m_graphController->setSession(nullptr);
    m_conflicts->setSession(nullptr);
    delete m_session.data();
    m_document = std::move(document);
    m_document->setJournalEnabled(true);
    m_session = new InteractiveSession(m_document.get(), this);
    connectSession();
    m_prompt->setSession(m_session);
    m_graphController->setSession(m_session);
    m_conflicts->setSession(m_session);
    m_conversationModel->setRows(m_session->historyRows());
    m_slotsModel->setSlotValues(m_session->currentSlots());
    m_details->setEvent({});
    onDomainChanged();
    onServerInfo(m_document->serverInfo());
    onStateChanged(m_session->state());
    updateTitle();
    Q_EMIT documentChanged(m_document.get());
}

void MainWindow::connectSession()
{
    InteractiveSession *s = m_session;
    SessionDocument *doc = m_document.get();
    connect(s, &InteractiveSession::historyChanged, this,
            [this](int first, int removed, const QList<HistoryRow> &inserted) {
                if (m_previewing)
                    endPreview(); // the session's rows again, with the change
                else
                    m_conversationModel->replaceRows(first, removed, inserted);
            });
    connect(s, &InteractiveSession::currentConversationChanged, this, &MainWindow::endPreview);
    connect(s, &InteractiveSession::slotsChanged, m_slotsModel, &SlotsModel::setSlotValues);
    connect(s, &InteractiveSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(s, &InteractiveSession::connected, this, &MainWindow::onServerInfo);
    connect(s, &InteractiveSession::warningRaised, this, [this](const SessionWarning &warning) {
        log(warning.message);
        statusBar()->showMessage(warning.message, 10000);
    });
    connect(s, &InteractiveSession::errorOccurred, this,
            [this](const SessionError &error) { log(error.message, true); });
    connect(s, &InteractiveSession::messageLimitReached, this, &MainWindow::showExportDialog);
    new ResumePrompt(s, this);
    connect(doc, &SessionDocument::domainChanged, this, &MainWindow::onDomainChanged);
    connect(doc, &SessionDocument::newItemsChanged, this, &MainWindow::onDomainChanged);
    connect(doc, &SessionDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(doc, &SessionDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(doc, &SessionDocument::journalFailed, this, [this](const QString &message) {
        log(tr("The crash journal could not be written: %1").arg(message), true);
    });
}

void MainWindow::onDomainChanged()
{
    const auto domain = Domain::fromJson(m_document->domain());
    if (!domain)
        return;
    m_prompt->setEntityDefinitions(domain->entities());
    QStringList names =
        domain->allActionNames(std::max(m_document->serverInfo().majorVersion(), 2));
    names += m_document->newActions();
    for (const NewResponse &response : m_document->newResponses())
        names.append(response.name);
    m_prompt->setKnownActionNames(names);
}

void MainWindow::onServerInfo(const ServerInfo &info)
{
    m_serverLabel->setText(info.url.isEmpty() ? tr("No server") : info.url.toDisplayString());
    m_versionLabel->setText(info.rasaVersion.isEmpty() ? QString()
                                                       : tr("Rasa %1").arg(info.rasaVersion));
    const QString model = info.modelId.isEmpty() ? info.modelFile : info.modelId;
    m_modelLabel->setText(model.isEmpty() ? QString() : tr("model %1").arg(model.left(12)));
    m_modelLabel->setToolTip(model);
}

void MainWindow::onStateChanged(InteractiveSession::State state)
{
    using S = InteractiveSession::State;
    const bool busy = state == S::Connecting || state == S::SendingMessage || state == S::Predicting
        || state == S::Executing || state == S::Rebuilding;
    m_spinner->setBusy(busy);
    static const QHash<S, const char *> names{
        {S::Disconnected, QT_TR_NOOP("Disconnected")},
        {S::Offline, QT_TR_NOOP("Offline")},
        {S::Connecting, QT_TR_NOOP("Connecting")},
        {S::AwaitingUserMessage, QT_TR_NOOP("Listening")},
        {S::SendingMessage, QT_TR_NOOP("Sending")},
        {S::ConfirmingNlu, QT_TR_NOOP("Check NLU")},
        {S::Predicting, QT_TR_NOOP("Predicting")},
        {S::ConfirmingAction, QT_TR_NOOP("Check action")},
        {S::ConfirmingFormValidation, QT_TR_NOOP("Form question")},
        {S::Executing, QT_TR_NOOP("Executing")},
        {S::Rebuilding, QT_TR_NOOP("Updating")},
        {S::Failed, QT_TR_NOOP("Failed")}};
    m_stateLabel->setText(tr(names.value(state, "")));
    updateActions();
}

void MainWindow::updateActions()
{
    using S = InteractiveSession::State;
    const S state = m_session ? m_session->state() : S::Disconnected;
    const bool talking = state == S::AwaitingUserMessage || state == S::ConfirmingNlu
        || state == S::ConfirmingAction || state == S::ConfirmingFormValidation
        || state == S::Failed;
    for (ActionId id :
         {ActionId::Undo, ActionId::Fork, ActionId::Restart, ActionId::NewConversation})
        action(id)->setEnabled(talking);
    const QModelIndex current = m_history->currentIndex();
    action(ActionId::ForkHere)
        ->setEnabled(talking && !m_previewing
                     && current.data(ConversationModel::IsUserRole).toBool());
}

void MainWindow::updateTitle()
{
    const QString file = m_document->fileName().isEmpty()
        ? tr("Untitled")
        : QFileInfo(m_document->fileName()).fileName();
    setWindowTitle(tr("%1[*] — Rasa Coach").arg(file));
    setWindowModified(m_document->isModified());
}

QString MainWindow::statusText() const
{
    return QStringList{m_serverLabel->text(), m_versionLabel->text(), m_modelLabel->text(),
                       m_stateLabel->text()}
        .join(u" | "_s);
}

void MainWindow::log(const QString &text, bool isError)
{
    auto *item = new QListWidgetItem(
        u"%1  %2"_s.arg(QTime::currentTime().toString(u"HH:mm:ss"_s), text), m_log);
    if (isError)
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_log->scrollToBottom();
}

void MainWindow::showCommandError(const QString &text)
{
    log(text, true);
    statusBar()->showMessage(text, 10000);
}

void MainWindow::run(const Status &status)
{
    if (!status)
        showCommandError(status.error().message);
}

} // namespace Coach
