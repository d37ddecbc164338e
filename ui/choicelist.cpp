#include "choicelist.h"

#include "choicefiltermodel.h"
#include "choicelistmodel.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

// Numbers the first nine visible rows "1".."9", the keys that pick them.
class NumberedDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString number = index.row() < 9 ? QString::number(index.row() + 1) : u" "_s;
        option->text = number + u"   "_s + option->text;
    }
};

} // namespace

ChoiceList::ChoiceList(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChoiceListModel(this))
    , m_proxy(new ChoiceFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_create(new QPushButton(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new NumberedDelegate(m_view));
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_filter->setPlaceholderText(tr("Type to filter, 1–9 to pick, Enter to choose"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_view->installEventFilter(this);
    m_create->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_create);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        selectFirstVisible();
        updateCreateButton();
    });
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT chosen(index.data(ChoiceListModel::RawValueRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentChanged(current.data(ChoiceListModel::RawValueRole).toString());
            });
    connect(m_create, &QPushButton::clicked, this,
            [this] { Q_EMIT createRequested(m_filter->text().trimmed()); });
}

void ChoiceList::setChoices(const QList<Choice> &choices, const QString &current)
{
    // setText() also forgets the filter's undo history: an undo must never
    // bring back what was typed for an earlier question.
    m_filter->setText(QString());
    m_model->setChoices(choices);
    if (!current.isEmpty())
        setCurrentName(current);
    else
        selectFirstVisible();
    updateCreateButton();
}

void ChoiceList::setCreateText(const QString &text)
{
    m_createText = text;
    updateCreateButton();
}

QString ChoiceList::currentName() const
{
    return m_view->currentIndex().data(ChoiceListModel::RawValueRole).toString();
}

void ChoiceList::setCurrentName(const QString &name)
{
    const QModelIndex source = m_model->index(m_model->rowOf(name), 0);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

QString ChoiceList::filterText() const
{
    return m_filter->text();
}

void ChoiceList::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

QString ChoiceList::visibleName(int row) const
{
    return m_proxy->index(row, 0).data(ChoiceListModel::RawValueRole).toString();
}

int ChoiceList::visibleCount() const
{
    return m_proxy->rowCount();
}

void ChoiceList::focusFilter()
{
    m_filter->setFocus(Qt::OtherFocusReason);
}

void ChoiceList::selectFirstVisible()
{
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void ChoiceList::updateCreateButton()
{
    const QString typed = m_filter->text().trimmed();
    const bool show = !m_createText.isEmpty() && !typed.isEmpty() && m_model->rowOf(typed) < 0;
    m_create->setVisible(show);
    if (show)
        m_create->setText(m_createText.arg(typed));
}

void ChoiceList::moveCurrent(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_view->currentIndex().row() + delta, 0, rows - 1);
    m_view->setCurrentIndex(m_proxy->index(row, 0));
}

void ChoiceList::pickCurrentOrCreate()
{
    const QString typed = m_filter->text().trimmed();
    if (!typed.isEmpty() && m_proxy->rowCount() == 0 && !m_createText.isEmpty()) {
        Q_EMIT createRequested(typed);
        return;
    }
    const QString name = currentName();
    if (!name.isEmpty())
        Q_EMIT chosen(name);
}

bool ChoiceList::handleKey(QKeyEvent *event)
{
    const int key = event->key();
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && key >= Qt::Key_1 && key <= Qt::Key_9 && m_filter->text().isEmpty()) {
        const int row = key - Qt::Key_1;
        if (row < m_proxy->rowCount()) {
            m_view->setCurrentIndex(m_proxy->index(row, 0));
            if (m_digitsPick)
                Q_EMIT chosen(currentName());
        }
        return true;
    }
    switch (key) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        moveCurrent(key == Qt::Key_Up ? -1 : 1);
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        moveCurrent(key == Qt::Key_PageUp ? -9 : 9);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!plain)
            return false;
        pickCurrentOrCreate();
        return true;
    case Qt::Key_Escape:
        if (m_filter->text().isEmpty())
            return false;
        m_filter->clear();
        return true;
    default:
        return false;
    }
}

bool ChoiceList::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_filter || watched == m_view)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (handleKey(key))
            return true;
        if (watched == m_view && !key->text().isEmpty() && key->text().at(0).isPrint()) {
            m_filter->setFocus();
            m_filter->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Coach
