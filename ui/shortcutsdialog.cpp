#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString plainText(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u"\x01"_s, u"&"_s);
    text.remove(u'…');
    return text.trimmed();
}

QMenu *menuOf(const QAction *action)
{
    const QList<QObject *> owners = action->associatedObjects();
    for (QObject *owner : owners) {
        if (auto *menu = qobject_cast<QMenu *>(owner))
            return menu;
    }
    return nullptr;
}

QString shortcutText(const QAction *action)
{
    QStringList keys;
    const QList<QKeySequence> sequences = action->shortcuts();
    for (const QKeySequence &sequence : sequences)
        keys.append(sequence.toString(QKeySequence::NativeText));
    return keys.join(u", "_s);
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window)
{
    // Menus in the order they were made (the menu bar's), actions in menu
    // order; actions in no menu last.
    const QList<QMenu *> menus = window->findChildren<QMenu *>();
    struct Ranked
    {
        qsizetype menuRank;
        qsizetype position;
        Entry entry;
    };
    QList<Ranked> ranked;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->isSeparator()
            || plainText(action->text()).isEmpty())
            continue;
        QMenu *menu = menuOf(action);
        Entry entry{plainText(action->text()), shortcutText(action),
                    menu ? plainText(menu->title()) : QString()};
        const bool seen = std::any_of(ranked.cbegin(), ranked.cend(), [&entry](const Ranked &r) {
            return r.entry.command == entry.command && r.entry.shortcut == entry.shortcut;
        });
        if (!seen)
            ranked.append({menu ? menus.indexOf(menu) : menus.size(),
                           menu ? menu->actions().indexOf(action) : ranked.size(), entry});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return std::tie(a.menuRank, a.position) < std::tie(b.menuRank, b.position);
    });
    QList<Entry> entries;
    for (const Ranked &r : std::as_const(ranked))
        entries.append(r.entry);
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"ShortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Search commands and keys…"));
    m_filter->setAccessibleName(tr("Search shortcuts"));
    m_filter->setClearButtonEnabled(true);
    m_model->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut"), tr("Menu")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            [this](const QString &text) { m_proxy->setFilterFixedString(text); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    fill(collect(window));
    resize(520, 420);
}

void ShortcutsDialog::fill(const QList<Entry> &entries)
{
    for (const Entry &entry : entries) {
        QList<QStandardItem *> row{new QStandardItem(entry.command),
                                   new QStandardItem(entry.shortcut),
                                   new QStandardItem(entry.menu)};
        m_model->appendRow(row);
    }
}

int ShortcutsDialog::visibleCount() const
{
    return m_proxy->rowCount();
}

} // namespace Coach
