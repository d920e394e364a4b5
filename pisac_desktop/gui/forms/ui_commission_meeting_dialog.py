# Generated from ui/commission_meeting_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 707180d77da0fb597cab55d5c449d871fafc1d6d5fe8ea2413e0a4666ac0262a
# uic: uic 6.11.3
# output-sha256: 97456442322b6000081c7efce7ea63c0bcded6885dbd492c6d35ee136e550393
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commission_meeting_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CommissionMeetingDialog(object):
    def setupUi(self, CommissionMeetingDialog):
        if not CommissionMeetingDialog.objectName():
            CommissionMeetingDialog.setObjectName(u"CommissionMeetingDialog")
        CommissionMeetingDialog.resize(780, 640)
        CommissionMeetingDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CommissionMeetingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(CommissionMeetingDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.heldLabel = QLabel(CommissionMeetingDialog)
        self.heldLabel.setObjectName(u"heldLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldEdit = QDateEdit(CommissionMeetingDialog)
        self.heldEdit.setObjectName(u"heldEdit")
        self.heldEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heldEdit)

        self.placeLabel = QLabel(CommissionMeetingDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(CommissionMeetingDialog)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.attendeesLabel = QLabel(CommissionMeetingDialog)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attendeesLabel)

        self.attendeesEdit = QPlainTextEdit(CommissionMeetingDialog)
        self.attendeesEdit.setObjectName(u"attendeesEdit")
        self.attendeesEdit.setTabChangesFocus(True)
        self.attendeesEdit.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attendeesEdit)

        self.recordLabel = QLabel(CommissionMeetingDialog)
        self.recordLabel.setObjectName(u"recordLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recordLabel)

        self.recordEdit = QPlainTextEdit(CommissionMeetingDialog)
        self.recordEdit.setObjectName(u"recordEdit")
        self.recordEdit.setTabChangesFocus(True)
        self.recordEdit.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recordEdit)

        self.recommendationsLabel = QLabel(CommissionMeetingDialog)
        self.recommendationsLabel.setObjectName(u"recommendationsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.recommendationsLabel)

        self.recommendationsLayout = QVBoxLayout()
        self.recommendationsLayout.setObjectName(u"recommendationsLayout")
        self.recommendationsTable = QTableWidget(CommissionMeetingDialog)
        if (self.recommendationsTable.columnCount() < 3):
            self.recommendationsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.recommendationsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.recommendationsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.recommendationsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.recommendationsTable.setObjectName(u"recommendationsTable")
        self.recommendationsTable.setMinimumSize(QSize(0, 140))

        self.recommendationsLayout.addWidget(self.recommendationsTable)

        self.recommendationsRowButtons = QHBoxLayout()
        self.recommendationsRowButtons.setObjectName(u"recommendationsRowButtons")
        self.recommendationsAddButton = QPushButton(CommissionMeetingDialog)
        self.recommendationsAddButton.setObjectName(u"recommendationsAddButton")

        self.recommendationsRowButtons.addWidget(self.recommendationsAddButton)

        self.recommendationsRemoveButton = QPushButton(CommissionMeetingDialog)
        self.recommendationsRemoveButton.setObjectName(u"recommendationsRemoveButton")

        self.recommendationsRowButtons.addWidget(self.recommendationsRemoveButton)

        self.recommendationsRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recommendationsRowButtons.addItem(self.recommendationsRowSpacer)


        self.recommendationsLayout.addLayout(self.recommendationsRowButtons)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.recommendationsLayout)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(CommissionMeetingDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CommissionMeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.heldLabel.setBuddy(self.heldEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.attendeesLabel.setBuddy(self.attendeesEdit)
        self.recordLabel.setBuddy(self.recordEdit)
        self.recommendationsLabel.setBuddy(self.recommendationsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.heldEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.attendeesEdit)
        QWidget.setTabOrder(self.attendeesEdit, self.recordEdit)
        QWidget.setTabOrder(self.recordEdit, self.recommendationsTable)
        QWidget.setTabOrder(self.recommendationsTable, self.recommendationsAddButton)
        QWidget.setTabOrder(self.recommendationsAddButton, self.recommendationsRemoveButton)
        QWidget.setTabOrder(self.recommendationsRemoveButton, self.buttonBox)

        self.retranslateUi(CommissionMeetingDialog)
    # setupUi

    def retranslateUi(self, CommissionMeetingDialog):
        CommissionMeetingDialog.setWindowTitle(QCoreApplication.translate("CommissionMeetingDialog", u"Registrar una reuni\u00f3n de la comisi\u00f3n", None))
        self.headingLabel.setText("")
        self.heldLabel.setText(QCoreApplication.translate("CommissionMeetingDialog", u"&Fecha:", None))
        self.heldEdit.setDisplayFormat(QCoreApplication.translate("CommissionMeetingDialog", u"dd/MM/yyyy", None))
        self.placeLabel.setText(QCoreApplication.translate("CommissionMeetingDialog", u"&Lugar:", None))
        self.attendeesLabel.setText(QCoreApplication.translate("CommissionMeetingDialog", u"&Asistentes:", None))
        self.recordLabel.setText(QCoreApplication.translate("CommissionMeetingDialog", u"Lo &tratado y acordado:", None))
        self.recommendationsLabel.setText(QCoreApplication.translate("CommissionMeetingDialog", u"&Recomendaciones:", None))
        ___qtablewidgetitem = self.recommendationsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CommissionMeetingDialog", u"Recomendaci\u00f3n (compromiso)", None))
        ___qtablewidgetitem1 = self.recommendationsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CommissionMeetingDialog", u"Unidad responsable", None))
        ___qtablewidgetitem2 = self.recommendationsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CommissionMeetingDialog", u"D\u00edas h\u00e1biles", None))
        self.recommendationsAddButton.setText(QCoreApplication.translate("CommissionMeetingDialog", u"A\u00f1adir fila", None))
        self.recommendationsRemoveButton.setText(QCoreApplication.translate("CommissionMeetingDialog", u"Quitar fila", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CommissionMeetingDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
