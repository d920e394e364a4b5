# Generated from ui/commission_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: a21a582f2355bb7df41e8b5540c7ef2ddb472fdfd5271a90dfd7c8b469cefeea
# uic: uic 6.11.3
# output-sha256: bd47203cd0e129f74dde9cb436eb7df248937fc8eaeb15e9a42c8f181e1ba445
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commission_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CommissionDialog(object):
    def setupUi(self, CommissionDialog):
        if not CommissionDialog.objectName():
            CommissionDialog.setObjectName(u"CommissionDialog")
        CommissionDialog.resize(760, 600)
        CommissionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CommissionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(CommissionDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.nameLabel = QLabel(CommissionDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CommissionDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(300)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.purposeLabel = QLabel(CommissionDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QPlainTextEdit(CommissionDialog)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setTabChangesFocus(True)
        self.purposeEdit.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.formedLabel = QLabel(CommissionDialog)
        self.formedLabel.setObjectName(u"formedLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formedLabel)

        self.formedEdit = QDateEdit(CommissionDialog)
        self.formedEdit.setObjectName(u"formedEdit")
        self.formedEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.formedEdit)

        self.actLabel = QLabel(CommissionDialog)
        self.actLabel.setObjectName(u"actLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.actLabel)

        self.actLayout = QHBoxLayout()
        self.actLayout.setObjectName(u"actLayout")
        self.actSearchEdit = QLineEdit(CommissionDialog)
        self.actSearchEdit.setObjectName(u"actSearchEdit")
        self.actSearchEdit.setClearButtonEnabled(True)

        self.actLayout.addWidget(self.actSearchEdit)

        self.actCombo = QComboBox(CommissionDialog)
        self.actCombo.setObjectName(u"actCombo")
        self.actCombo.setMinimumContentsLength(30)

        self.actLayout.addWidget(self.actCombo)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.actLayout)

        self.membersLabel = QLabel(CommissionDialog)
        self.membersLabel.setObjectName(u"membersLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.membersLayout = QVBoxLayout()
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersTable = QTableWidget(CommissionDialog)
        if (self.membersTable.columnCount() < 3):
            self.membersTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setMinimumSize(QSize(0, 150))

        self.membersLayout.addWidget(self.membersTable)

        self.membersRowButtons = QHBoxLayout()
        self.membersRowButtons.setObjectName(u"membersRowButtons")
        self.membersAddButton = QPushButton(CommissionDialog)
        self.membersAddButton.setObjectName(u"membersAddButton")

        self.membersRowButtons.addWidget(self.membersAddButton)

        self.membersRemoveButton = QPushButton(CommissionDialog)
        self.membersRemoveButton.setObjectName(u"membersRemoveButton")

        self.membersRowButtons.addWidget(self.membersRemoveButton)

        self.membersRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.membersRowButtons.addItem(self.membersRowSpacer)


        self.membersLayout.addLayout(self.membersRowButtons)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.membersLayout)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(CommissionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CommissionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.formedLabel.setBuddy(self.formedEdit)
        self.actLabel.setBuddy(self.actSearchEdit)
        self.membersLabel.setBuddy(self.membersTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.formedEdit)
        QWidget.setTabOrder(self.formedEdit, self.actSearchEdit)
        QWidget.setTabOrder(self.actSearchEdit, self.actCombo)
        QWidget.setTabOrder(self.actCombo, self.membersTable)
        QWidget.setTabOrder(self.membersTable, self.membersAddButton)
        QWidget.setTabOrder(self.membersAddButton, self.membersRemoveButton)
        QWidget.setTabOrder(self.membersRemoveButton, self.buttonBox)

        self.retranslateUi(CommissionDialog)
    # setupUi

    def retranslateUi(self, CommissionDialog):
        CommissionDialog.setWindowTitle(QCoreApplication.translate("CommissionDialog", u"Nueva comisi\u00f3n de trabajo", None))
        self.headingLabel.setText("")
        self.nameLabel.setText(QCoreApplication.translate("CommissionDialog", u"&Nombre:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CommissionDialog", u"Comisi\u00f3n de reordenamiento del mercado de abastos", None))
        self.purposeLabel.setText(QCoreApplication.translate("CommissionDialog", u"&Finalidad:", None))
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("CommissionDialog", u"Para qu\u00e9 se conform\u00f3", None))
        self.formedLabel.setText(QCoreApplication.translate("CommissionDialog", u"Conformada el:", None))
        self.formedEdit.setDisplayFormat(QCoreApplication.translate("CommissionDialog", u"dd/MM/yyyy", None))
        self.actLabel.setText(QCoreApplication.translate("CommissionDialog", u"Por la &resoluci\u00f3n:", None))
        self.actSearchEdit.setPlaceholderText(QCoreApplication.translate("CommissionDialog", u"Opcional: palabras o n\u00famero, y Enter", None))
#if QT_CONFIG(accessibility)
        self.actCombo.setAccessibleName(QCoreApplication.translate("CommissionDialog", u"Resoluci\u00f3n encontrada", None))
#endif // QT_CONFIG(accessibility)
        self.membersLabel.setText(QCoreApplication.translate("CommissionDialog", u"&Miembros:", None))
        ___qtablewidgetitem = self.membersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CommissionDialog", u"Nombre", None))
        ___qtablewidgetitem1 = self.membersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CommissionDialog", u"Cargo", None))
        ___qtablewidgetitem2 = self.membersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CommissionDialog", u"Rol", None))
        self.membersAddButton.setText(QCoreApplication.translate("CommissionDialog", u"A\u00f1adir fila", None))
        self.membersRemoveButton.setText(QCoreApplication.translate("CommissionDialog", u"Quitar fila", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CommissionDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
