#include "inboxpanel.h"

#include "filedialog.h"
#include "inbox/inboxservice.h"
#include "inboxconnector.h"
#include "inboxfilterbar.h"
#include "inboxmodel.h"
#include "nluinboxpanel.h"
#include "settings.h"

#include "session/sessiondocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString annotatorName()
{
    QString saved = Settings::instance()
        ? Settings::instance()->value(Settings::Key::InboxAnnotator).toString()
        : QString();
    if (!saved.isEmpty())
        return saved;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("annotator") : user;
}

std::optional<InboxConnector::PasswordAnswer> askPassword(QWidget *parent, const QString &what)
{
    bool ok = false;
    const QString password = QInputDialog::getText(parent, InboxPanel::tr("Database password"),
                                                   InboxPanel::tr("Password for %1:").arg(what),
                                                   QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return InboxConnector::PasswordAnswer{password, true};
}

} // namespace

InboxPanel::InboxPanel(QWidget *parent)
    : QWidget(parent)
    , m_service(new InboxService(this))
    , m_connector(new InboxConnector(m_service, this))
    , m_model(new InboxModel(this))
{
    setObjectName(u"InboxPanel"_s);
    m_connector->setPasswordPrompt([this](const QString &what) { return askPassword(this, what); });
    m_textPrompt = [this](const QString &title, const QString &current) -> std::optional<QString> {
        bool ok = false;
        const QString text =
            QInputDialog::getText(this, title, title, QLineEdit::Normal, current, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    m_tabs = new QTabWidget(this);
    m_nlu = new NluInboxPanel(m_service, this);
    m_tabs->addTab(createConversationsTab(), tr("Conversations"));
    m_tabs->addTab(m_nlu, tr("NLU inbox"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createStoreRow());
    layout->addWidget(m_tabs);
    wireService();
}

InboxPanel::~InboxPanel() = default;

QWidget *InboxPanel::createStoreRow()
{
    auto *row = new QWidget(this);
    m_store = new QLineEdit(row);
    m_store->setPlaceholderText(
        tr("postgresql://USER@HOST:PORT/DB, sqlite:///PATH or endpoints.yml"));
    m_store->setAccessibleName(tr("Tracker store"));
    m_reviewDatabase = new QLineEdit(row);
    m_reviewDatabase->setPlaceholderText(
        tr("team review database (postgresql://…, or \"store\"); empty: this session"));
    m_reviewDatabase->setAccessibleName(tr("Review database"));
    if (Settings *settings = Settings::instance()) {
        m_store->setText(settings->value(Settings::Key::InboxStore).toString());
        m_reviewDatabase->setText(settings->value(Settings::Key::InboxReviewDatabase).toString());
    }
    auto *browse = new QPushButton(tr("Endpoints…"), row);
    auto *connectButton = new QPushButton(tr("Connect"), row);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = FileDialog::openFileName(this, tr("The bot's endpoints.yml"), {},
                                                      tr("YAML (*.yml *.yaml)"));
        if (!file.isEmpty())
            m_store->setText(file);
    });
    connect(connectButton, &QPushButton::clicked, this, &InboxPanel::connectStore);
    connect(m_store, &QLineEdit::returnPressed, this, &InboxPanel::connectStore);
    m_status = new QLabel(row);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout;
    line->addWidget(m_store, 1);
    line->addWidget(browse);
    line->addWidget(connectButton);
    layout->addLayout(line);
    layout->addWidget(m_reviewDatabase);
    layout->addWidget(m_status);
    return row;
}

QWidget *InboxPanel::createConversationsTab()
{
    auto *tab = new QWidget(this);
    m_filters = new InboxFilterBar(tab);
    m_view = new QTableView(tab);
    m_view->setObjectName(u"InboxView"_s);
    m_view->setAccessibleName(tr("Conversations"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(InboxModel::Sender, QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, &InboxPanel::openCurrent);
    m_count = new QLabel(tab);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(createButtons());
    connect(m_filters, &InboxFilterBar::filterChanged, this, [this](const InboxFilter &filter) {
        m_model->setFilter(filter);
        if (Settings *settings = Settings::instance())
            settings->setInboxFilter(filterKey(), filter.toJson());
    });
    connect(m_model, &InboxModel::matchCountChanged, this, &InboxPanel::updateCount);
    return tab;
}

QWidget *InboxPanel::createButtons()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto button = [&](const QString &text, const QString &name, void (InboxPanel::*slot)()) {
        auto *b = new QPushButton(text, row);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        layout->addWidget(b);
    };
    button(tr("Open"), u"InboxOpen"_s, &InboxPanel::openCurrent);
    button(tr("Correct it"), u"InboxCorrect"_s, &InboxPanel::correctCurrent);
    button(tr("Replay on server"), u"InboxReplay"_s, &InboxPanel::replayCurrent);
    button(tr("Claim next"), u"InboxClaimNext"_s, &InboxPanel::claimNext);
    button(tr("Reviewed"), u"InboxReviewed"_s, &InboxPanel::toggleReviewed);
    button(tr("Tags…"), u"InboxTags"_s, &InboxPanel::editTags);
    button(tr("Notes…"), u"InboxNotes"_s, &InboxPanel::editNotes);
    layout->addStretch();
    return row;
}

void InboxPanel::wireService()
{
    connect(m_service, &InboxService::indexChanged, this,
            [this](const InboxService::Snapshot &index) {
                const QString current = currentSender();
                m_model->setIndex(index);
                // New rows every few seconds must not take the annotator's place.
                const int row = current.isEmpty() ? -1 : m_model->rowOf(current);
                if (row >= 0) {
                    m_view->setCurrentIndex(m_model->index(row, 0));
                    m_view->scrollTo(m_view->currentIndex(), QAbstractItemView::PositionAtCenter);
                }
                setStatus(tr("%1: %2 conversations, %3 events")
                              .arg(m_service->address().displayName())
                              .arg(index->conversations().size())
                              .arg(index->rowCount()));
            });
    connect(m_service, &InboxService::progressChanged, this, [this](qint64 done, qint64 total) {
        setStatus(tr("Reading the tracker store: %1 of %2 events…").arg(done).arg(total));
    });
    connect(m_service, &InboxService::refreshFailed, this,
            [this](const QString &error) { setStatus(error, true); });
    connect(m_service, &InboxService::conversationLoaded, this,
            [this](const QString &sender, const EventList &events, bool complete,
                   const QStringList &problems) {
                if (!problems.isEmpty())
                    setStatus(problems.join(u"; "_s), true);
                onConversationLoaded(sender, events, complete);
            });
    connect(m_service, &InboxService::conversationFailed, this,
            [this](const QString &, const QString &error) { setStatus(error, true); });
    connect(m_connector, &InboxConnector::connected, this, &InboxPanel::onConnected);
    connect(m_connector, &InboxConnector::failed, this,
            [this](const QString &error) { setStatus(error, true); });
    connect(m_connector, &InboxConnector::reviewStoreChanged, this,
            &InboxPanel::onReviewStoreChanged);
}

void InboxPanel::setDocument(SessionDocument *document)
{
    m_document = document;
    m_nlu->setDocument(document);
}

void InboxPanel::connectStore()
{
    setStatus(tr("Connecting…"));
    m_connector->connectTo(m_store->text(), m_reviewDatabase->text(), m_document, annotatorName());
}

void InboxPanel::onConnected()
{
    if (Settings *settings = Settings::instance()) {
        settings->setValue(Settings::Key::InboxStore, m_store->text().trimmed());
        settings->setValue(Settings::Key::InboxReviewDatabase, m_reviewDatabase->text().trimmed());
        const InboxFilter saved = InboxFilter::fromJson(settings->inboxFilter(filterKey()));
        m_filters->setFilter(saved);
        m_model->setFilter(saved);
    }
    setStatus(tr("Connected to %1; reading new events…").arg(m_connector->address().displayName()));
}

QString InboxPanel::filterKey() const
{
    if (m_document && !m_document->projectFolder().isEmpty())
        return m_document->projectFolder();
    return m_connector->address().identity();
}

void InboxPanel::updateCount()
{
    const int all =
        m_service->index() ? static_cast<int>(m_service->index()->conversations().size()) : 0;
    m_count->setText(tr("%1 of %2 conversations").arg(m_model->matchCount()).arg(all));
}

void InboxPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: palette(bright-text); background: #b00020;"_s
                                  : QString());
}

QString InboxPanel::statusText() const
{
    return m_status->text();
}

QString InboxPanel::currentSender() const
{
    return m_view->currentIndex().data(InboxModel::SenderIdRole).toString();
}

void InboxPanel::onConversationLoaded(const QString &senderId, const EventList &events,
                                      bool complete)
{
    const auto pending = m_pending.constFind(senderId);
    if (pending == m_pending.cend())
        return;
    const Purpose purpose = *pending;
    if (complete)
        m_pending.remove(senderId);
    if (purpose == Purpose::Show)
        Q_EMIT conversationOpened(senderId, events, complete);
    else if (complete && purpose == Purpose::Correct)
        Q_EMIT correctRequested(senderId, events);
    else if (complete)
        Q_EMIT replayRequested(senderId, events);
}

} // namespace Coach
