#include "replayreviewpanel.h"

#include "replay/replayanswers.h"
#include "replay/replaytext.h"
#include "replaymodel.h"

#include "session/sessiondocument.h"
#include "session/undostack.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

constexpr int DifferenceRole = Qt::UserRole;

//! The line of ReplayText::comparison() a difference is about.
int comparisonRow(const ReplayDifference &difference)
{
    switch (difference.kind) {
    case ReplayDifference::Kind::Intent:
        return 0;
    case ReplayDifference::Kind::Entities:
        return 1;
    case ReplayDifference::Kind::Action:
        return 2 + difference.action;
    }
    return 0;
}

QVariant packed(const ReplayDifference &difference)
{
    return QVariantList{int(difference.kind), difference.action};
}

ReplayDifference unpacked(const QVariant &value)
{
    const QVariantList list = value.toList();
    return {ReplayDifference::Kind(list.value(0).toInt()), list.value(1).toInt()};
}

} // namespace

ReplayReviewPanel::ReplayReviewPanel(SessionDocument *document, ReplayModel *model, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_accept(new QPushButton(tr("&Accept the Model's Answer"), this))
    , m_keep(new QPushButton(tr("&Keep Mine"), this))
    , m_goTo(new QPushButton(tr("&Go to Turn"), this))
    , m_undo(new QPushButton(this))
    , m_redo(new QPushButton(this))
{
    m_title->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_accept, m_keep, m_goTo})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_undo);
    buttons->addWidget(m_redo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, &ReplayReviewPanel::acceptSelected);
    connect(m_keep, &QPushButton::clicked, this, &ReplayReviewPanel::keepSelected);
    connect(m_goTo, &QPushButton::clicked, this, [this] {
        if (m_row >= 0)
            Q_EMIT turnRequested(m_model->partAt(m_row).conversation,
                                 m_model->turnAt(m_row).eventIndex);
    });
    UndoStack *stack = m_document->undoStack();
    connect(m_undo, &QPushButton::clicked, stack, &UndoStack::undo);
    connect(m_redo, &QPushButton::clicked, stack, &UndoStack::redo);
    connect(stack, &UndoStack::indexChanged, this, &ReplayReviewPanel::updateUndoButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, &ReplayReviewPanel::updateButtons);
    connect(m_document, &SessionDocument::eventReplaced, this, &ReplayReviewPanel::onEventReplaced);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &first) {
        if (first.row() == m_row)
            refresh();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showRow(-1); });
    refresh();
    updateUndoButtons();
}

void ReplayReviewPanel::showRow(int row)
{
    m_row = row;
    refresh();
}

void ReplayReviewPanel::refresh()
{
    const int selectedLine = m_list->currentRow();
    m_list->clear();
    if (m_row < 0 || m_row >= m_model->rowCount()) {
        m_title->setText(tr("Select a turn to see its differences."));
        updateButtons();
        return;
    }
    const ReplayTurn &turn = m_model->turnAt(m_row);
    const QList<ReplayComparison> rows = ReplayText::comparison(turn);
    for (const ReplayDifference &difference : m_model->differences(m_row)) {
        QString line = ReplayText::differenceLine(rows.at(comparisonRow(difference)));
        const ReplayModel::Resolution resolution = m_model->resolution(m_row, difference);
        if (resolution == ReplayModel::Resolution::Accepted)
            line = tr("%1 (accepted)").arg(line);
        else if (resolution == ReplayModel::Resolution::Kept)
            line = tr("%1 (kept)").arg(line);
        auto *item = new QListWidgetItem(line, m_list);
        item->setData(DifferenceRole, packed(difference));
    }
    m_title->setText(m_list->count() > 0
                         ? tr("Differences of turn %1 (“%2”):").arg(turn.index).arg(turn.text())
                         : tr("Turn %1 (“%2”) agrees.").arg(turn.index).arg(turn.text()));
    m_list->setCurrentRow(qBound(0, selectedLine, int(m_list->count()) - 1));
    updateButtons();
}

bool ReplayReviewPanel::selected(ReplayDifference *difference) const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || m_row < 0)
        return false;
    *difference = unpacked(item->data(DifferenceRole));
    return true;
}

int ReplayReviewPanel::eventOf(int row, const ReplayDifference &difference) const
{
    const int conversation = m_model->partAt(row).conversation;
    const int event = ReplayAnswers::eventIndex(m_model->turnAt(row), difference);
    if (conversation < 0 || conversation >= m_document->conversationCount() || event < 0
        || event >= m_document->conversation(conversation).events.size()) {
        return -1;
    }
    return event;
}

void ReplayReviewPanel::acceptSelected()
{
    ReplayDifference difference;
    if (!selected(&difference))
        return;
    const int event = eventOf(m_row, difference);
    if (event < 0)
        return;
    const int conversation = m_model->partAt(m_row).conversation;
    const Event current = m_document->conversation(conversation).events.at(event);
    m_document->editEvent(conversation, event,
                          ReplayAnswers::accepted(current, m_model->turnAt(m_row), difference),
                          tr("Accept the Model's Answer"));
    selectNextOpen();
}

void ReplayReviewPanel::keepSelected()
{
    ReplayDifference difference;
    if (!selected(&difference))
        return;
    m_model->setResolution(m_row, difference, ReplayModel::Resolution::Kept);
    selectNextOpen();
}

void ReplayReviewPanel::selectNextOpen()
{
    // The next difference of the turn still to be settled, so that the
    // buttons (and their keys) go on working through the list.
    for (int line = 0; line < m_list->count(); ++line) {
        const ReplayDifference difference = unpacked(m_list->item(line)->data(DifferenceRole));
        if (m_model->resolution(m_row, difference) == ReplayModel::Resolution::Open) {
            m_list->setCurrentRow(line);
            return;
        }
    }
}

void ReplayReviewPanel::onEventReplaced(int conversation, int eventIndex)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->partAt(row).conversation != conversation)
            continue;
        for (const ReplayDifference &difference : m_model->differences(row)) {
            if (eventOf(row, difference) != eventIndex)
                continue;
            const Event current = m_document->conversation(conversation).events.at(eventIndex);
            const bool accepted =
                ReplayAnswers::isAccepted(current, m_model->turnAt(row), difference);
            const ReplayModel::Resolution was = m_model->resolution(row, difference);
            if (accepted)
                m_model->setResolution(row, difference, ReplayModel::Resolution::Accepted);
            else if (was == ReplayModel::Resolution::Accepted)
                m_model->setResolution(row, difference, ReplayModel::Resolution::Open);
        }
    }
    refresh();
}

void ReplayReviewPanel::updateButtons()
{
    ReplayDifference difference;
    const bool hasDifference = selected(&difference);
    const ReplayModel::Resolution resolution =
        hasDifference ? m_model->resolution(m_row, difference) : ReplayModel::Resolution::Open;
    m_accept->setEnabled(hasDifference && resolution != ReplayModel::Resolution::Accepted
                         && eventOf(m_row, difference) >= 0);
    m_keep->setEnabled(hasDifference && resolution == ReplayModel::Resolution::Open);
    m_goTo->setEnabled(m_row >= 0 && m_model->turnAt(m_row).eventIndex >= 0);
}

void ReplayReviewPanel::updateUndoButtons()
{
    const UndoStack *stack = m_document->undoStack();
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
}

} // namespace Coach
