#include "nluinboxpanel.h"

#include "choicelist.h"
#include "choicelistmodel.h"
#include "inbox/inboxservice.h"
#include "inbox/nluinbox.h"
#include "inbox/sessioninboxstate.h"
#include "nluinboxmodel.h"

#include "model/domain.h"
#include "model/parsedata.h"
#include "session/nlucorrection.h"
#include "session/sessiondocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

NluInboxPanel::NluInboxPanel(InboxService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_model(new NluInboxModel(this))
{
    setObjectName(u"NluInboxPanel"_s);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("NLU inbox"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->installEventFilter(this);
    m_intents = new ChoiceList(this);
    m_intents->setCreateText(tr("New intent \"%1\""));
    m_status =
        new QLabel(tr("Enter or C: correct · 1–9: intent of the ranking · I: another intent · "
                      "Delete or D: delete · ↓/J, ↑/K: next, previous"),
                   this);
    m_status->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 3);
    row->addWidget(m_intents, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NluInboxPanel::onCurrentChanged);
    const auto chosen = [this](const QString &intent) {
        accept(currentRow(), intent);
        m_view->setFocus();
    };
    connect(m_intents, &ChoiceList::chosen, this, chosen);
    connect(m_intents, &ChoiceList::createRequested, this, chosen);
    if (m_service) {
        connect(m_service, &InboxService::indexChanged, this, &NluInboxPanel::rebuild);
        connect(m_service, &InboxService::eventLoaded, this, &NluInboxPanel::onEventLoaded);
    }
}

void NluInboxPanel::setDocument(SessionDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &SessionDocument::inboxChanged, this, [this] {
            m_model->setDecisions(SessionInboxState::fromJson(m_document->inbox()));
        });
        connect(m_document, &SessionDocument::projectFolderChanged, this, &NluInboxPanel::rebuild);
    }
    rebuild();
}

void NluInboxPanel::rebuild()
{
    const QString before = currentRow() >= 0 ? m_model->item(currentRow()).text : QString();
    QSet<QString> known;
    if (m_document && !m_document->projectFolder().isEmpty()) {
        const Result<QSet<QString>> texts = NluInbox::projectTexts(m_document->projectFolder());
        if (!texts)
            m_status->setText(
                tr("The project's NLU data cannot be read: %1").arg(texts.error().toString()));
        known = texts.valueOr({});
    }
    const InboxService::Snapshot index = m_service ? m_service->index() : nullptr;
    m_model->setItems(index ? NluInbox::build(*index, known) : QList<NluInboxItem>());
    m_model->setDecisions(m_document ? SessionInboxState::fromJson(m_document->inbox())
                                     : SessionInboxState());
    int row = 0;
    for (int i = 0; i < m_model->rowCount() && !before.isEmpty(); ++i) {
        if (m_model->item(i).text == before)
            row = i;
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

int NluInboxPanel::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

QStringList NluInboxPanel::domainIntents() const
{
    return m_document ? Domain::fromJson(m_document->domain()).valueOr(Domain()).intentNames()
                      : QStringList();
}

void NluInboxPanel::onCurrentChanged()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const NluInboxItem &item = m_model->item(row);
    QJsonObject guess{
        {u"intent"_s,
         QJsonObject{{u"name"_s, item.intent}, {u"confidence"_s, item.confidence.value_or(0)}}}};
    showChoices(guess); // at once; the stored ranking follows
    if (m_service)
        m_service->loadEvent(item.messageId);
}

void NluInboxPanel::onEventLoaded(qint64 rowId, const QJsonObject &event)
{
    const int row = currentRow();
    if (row >= 0 && m_model->item(row).messageId == rowId)
        showChoices(event.value("parse_data"_L1).toObject());
}

void NluInboxPanel::showChoices(const QJsonObject &parseData)
{
    const ParseData parse(parseData);
    QList<IntentScore> ranking = parse.intentRanking();
    if (ranking.isEmpty() && !parse.intentName().isEmpty())
        ranking.append({parse.intentName(), parse.intentConfidence().value_or(0.0), {}});
    QList<Choice> choices;
    for (const IntentScore &score : NluCorrection::fullRanking(ranking, domainIntents()))
        choices.append({score.name, score.confidence, {}});
    m_intents->setChoices(choices, parse.intentName());
}

void NluInboxPanel::accept(int row, const QString &intent)
{
    if (!m_document || row < 0 || intent.isEmpty())
        return;
    SessionInboxState state = SessionInboxState::fromJson(m_document->inbox());
    state.accept(TrainingExample(m_model->item(row).text, intent));
    m_document->setInbox(state.toJson());
    if (!Domain::fromJson(m_document->domain()).valueOr(Domain()).hasIntent(intent))
        m_document->addNewIntent(intent);
    moveOn(row);
}

void NluInboxPanel::dismiss(int row)
{
    if (!m_document || row < 0)
        return;
    SessionInboxState state = SessionInboxState::fromJson(m_document->inbox());
    state.dismiss(m_model->item(row).text);
    m_document->setInbox(state.toJson());
    moveOn(row);
}

void NluInboxPanel::moveOn(int row)
{
    const int next = m_model->nextUndecided(row);
    if (next >= 0)
        m_view->setCurrentIndex(m_model->index(next, 0));
}

bool NluInboxPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && handleKey(static_cast<QKeyEvent *>(event)))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool NluInboxPanel::handleKey(QKeyEvent *event)
{
    const int row = currentRow();
    if (row < 0 || (event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    const int key = event->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_C) {
        accept(row, m_model->item(row).intent);
    } else if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        accept(row, m_intents->visibleName(key - Qt::Key_1));
    } else if (key == Qt::Key_I) {
        m_intents->focusFilter();
    } else if (key == Qt::Key_Delete || key == Qt::Key_D) {
        dismiss(row);
    } else if (key == Qt::Key_J) {
        m_view->setCurrentIndex(m_model->index(std::min(row + 1, m_model->rowCount() - 1), 0));
    } else if (key == Qt::Key_K) {
        m_view->setCurrentIndex(m_model->index(std::max(row - 1, 0), 0));
    } else {
        return false;
    }
    return true;
}

} // namespace Coach
