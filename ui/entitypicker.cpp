#include "entitypicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QComboBox *editableCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    // Sized by a few characters, not by the longest entity name: the form
    // must never widen the window.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return combo;
}

} // namespace

EntityPicker::EntityPicker(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_type(editableCombo(this))
    , m_role(editableCombo(this))
    , m_group(editableCombo(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_type->setAccessibleName(tr("Entity type"));
    m_role->setAccessibleName(tr("Entity role"));
    m_group->setAccessibleName(tr("Entity group"));
    auto *ok = new QPushButton(tr("Mark (Enter)"), this);
    auto *cancel = new QPushButton(tr("Cancel (Esc)"), this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    // Two short rows instead of one long one: the panel keeps its width.
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_label, 0, 0, 1, 5);
    const auto addField = [this, grid](const QString &text, QComboBox *combo, int row, int column,
                                       int span = 1) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        grid->addWidget(label, row, column);
        grid->addWidget(combo, row, column + 1, 1, span);
    };
    addField(tr("&Entity:"), m_type, 1, 0, 3);
    addField(tr("&Role:"), m_role, 2, 0);
    addField(tr("&Group:"), m_group, 2, 2);
    grid->addWidget(ok, 1, 4);
    grid->addWidget(cancel, 2, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    // On a real display the keys go to the combo box, which hands them to
    // its line edit by a direct call that no event filter sees: watch both.
    for (QComboBox *combo : {m_type, m_role, m_group}) {
        combo->installEventFilter(this);
        combo->lineEdit()->installEventFilter(this);
    }
    connect(ok, &QPushButton::clicked, this, &EntityPicker::accept);
    connect(cancel, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT cancelled();
    });
    connect(m_type, &QComboBox::currentTextChanged, this, &EntityPicker::updateRolesAndGroups);
    hide();
}

void EntityPicker::setDefinitions(const QList<EntityDefinition> &definitions)
{
    m_definitions = definitions;
    m_type->clear();
    for (const EntityDefinition &definition : definitions)
        m_type->addItem(definition.name);
}

void EntityPicker::ask(const QString &covered, const QString &type, const QString &role,
                       const QString &group)
{
    m_label->setText(tr("“%1”").arg(covered));
    m_type->setCurrentText(type.isEmpty() && m_type->count() > 0 ? m_type->itemText(0) : type);
    updateRolesAndGroups();
    m_role->setCurrentText(role);
    m_group->setCurrentText(group);
    show();
    m_type->setFocus(Qt::OtherFocusReason);
    m_type->lineEdit()->selectAll();
}

void EntityPicker::updateRolesAndGroups()
{
    const QString type = m_type->currentText();
    m_role->clear();
    m_group->clear();
    m_role->addItem(QString());
    m_group->addItem(QString());
    for (const EntityDefinition &definition : std::as_const(m_definitions)) {
        if (definition.name != type)
            continue;
        m_role->addItems(definition.roles);
        m_group->addItems(definition.groups);
    }
}

void EntityPicker::accept()
{
    const QString type = m_type->currentText().trimmed();
    if (type.isEmpty()) {
        m_type->setFocus();
        return;
    }
    hide();
    Q_EMIT accepted(type, m_role->currentText().trimmed(), m_group->currentText().trimmed());
}

bool EntityPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            accept();
            return true;
        }
        if (key == Qt::Key_Escape) {
            hide();
            Q_EMIT cancelled();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Coach
