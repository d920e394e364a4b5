# Generated from ui/council_terms_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: f4537f163e76935eb90b4a54c6a962e3ddddc83eaf5408338ed6a19ffb2c610b
# uic: uic 6.11.3
# output-sha256: 41356a92bfbbd7ffb8e34dd8f0d091f730ac9bd420d8fd93a11a94cd4dfd7702
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_terms_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_CouncilTermsDialog(object):
    def setupUi(self, CouncilTermsDialog):
        if not CouncilTermsDialog.objectName():
            CouncilTermsDialog.setObjectName(u"CouncilTermsDialog")
        CouncilTermsDialog.resize(1000, 560)
        CouncilTermsDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CouncilTermsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.termLayout = QHBoxLayout()
        self.termLayout.setObjectName(u"termLayout")
        self.termComboLabel = QLabel(CouncilTermsDialog)
        self.termComboLabel.setObjectName(u"termComboLabel")

        self.termLayout.addWidget(self.termComboLabel)

        self.termCombo = QComboBox(CouncilTermsDialog)
        self.termCombo.setObjectName(u"termCombo")
        self.termCombo.setMinimumContentsLength(14)

        self.termLayout.addWidget(self.termCombo)

        self.newTermButton = QPushButton(CouncilTermsDialog)
        self.newTermButton.setObjectName(u"newTermButton")

        self.termLayout.addWidget(self.newTermButton)

        self.termSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.termLayout.addItem(self.termSpacer)


        self.dialogLayout.addLayout(self.termLayout)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.startYearLabel = QLabel(CouncilTermsDialog)
        self.startYearLabel.setObjectName(u"startYearLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startYearLabel)

        self.yearsLayout = QHBoxLayout()
        self.yearsLayout.setObjectName(u"yearsLayout")
        self.startYearSpin = QSpinBox(CouncilTermsDialog)
        self.startYearSpin.setObjectName(u"startYearSpin")
        self.startYearSpin.setMinimum(1990)
        self.startYearSpin.setMaximum(2100)
        self.startYearSpin.setValue(2027)

        self.yearsLayout.addWidget(self.startYearSpin)

        self.toLabel = QLabel(CouncilTermsDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.yearsLayout.addWidget(self.toLabel)

        self.endYearSpin = QSpinBox(CouncilTermsDialog)
        self.endYearSpin.setObjectName(u"endYearSpin")
        self.endYearSpin.setMinimum(1990)
        self.endYearSpin.setMaximum(2100)
        self.endYearSpin.setValue(2030)

        self.yearsLayout.addWidget(self.endYearSpin)

        self.yearsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearsLayout.addItem(self.yearsSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.yearsLayout)

        self.seatsLabel = QLabel(CouncilTermsDialog)
        self.seatsLabel.setObjectName(u"seatsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.seatsLabel)

        self.seatsLayout = QHBoxLayout()
        self.seatsLayout.setObjectName(u"seatsLayout")
        self.seatsSpin = QSpinBox(CouncilTermsDialog)
        self.seatsSpin.setObjectName(u"seatsSpin")
        self.seatsSpin.setMinimum(1)
        self.seatsSpin.setMaximum(15)
        self.seatsSpin.setValue(5)

        self.seatsLayout.addWidget(self.seatsSpin)

        self.legalNumberLabel = QLabel(CouncilTermsDialog)
        self.legalNumberLabel.setObjectName(u"legalNumberLabel")

        self.seatsLayout.addWidget(self.legalNumberLabel)

        self.seatsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.seatsLayout.addItem(self.seatsSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.seatsLayout)


        self.dialogLayout.addLayout(self.form)

        self.membersHint = QLabel(CouncilTermsDialog)
        self.membersHint.setObjectName(u"membersHint")
        self.membersHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.membersHint)

        self.membersView = QTableView(CouncilTermsDialog)
        self.membersView.setObjectName(u"membersView")
        self.membersView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.membersView.setSelectionMode(QAbstractItemView.SingleSelection)

        self.dialogLayout.addWidget(self.membersView)

        self.rowButtons = QHBoxLayout()
        self.rowButtons.setObjectName(u"rowButtons")
        self.addMemberButton = QPushButton(CouncilTermsDialog)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.rowButtons.addWidget(self.addMemberButton)

        self.removeMemberButton = QPushButton(CouncilTermsDialog)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.rowButtons.addWidget(self.removeMemberButton)

        self.rowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowButtons.addItem(self.rowSpacer)


        self.dialogLayout.addLayout(self.rowButtons)

        self.messageLabel = QLabel(CouncilTermsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CouncilTermsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.termComboLabel.setBuddy(self.termCombo)
        self.startYearLabel.setBuddy(self.startYearSpin)
        self.seatsLabel.setBuddy(self.seatsSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CouncilTermsDialog)
    # setupUi

    def retranslateUi(self, CouncilTermsDialog):
        CouncilTermsDialog.setWindowTitle(QCoreApplication.translate("CouncilTermsDialog", u"Concejo Municipal: per\u00edodos y miembros", None))
        self.termComboLabel.setText(QCoreApplication.translate("CouncilTermsDialog", u"&Per\u00edodo municipal:", None))
        self.newTermButton.setText(QCoreApplication.translate("CouncilTermsDialog", u"&Nuevo per\u00edodo", None))
        self.startYearLabel.setText(QCoreApplication.translate("CouncilTermsDialog", u"&A\u00f1os del per\u00edodo:", None))
        self.toLabel.setText(QCoreApplication.translate("CouncilTermsDialog", u"a", None))
#if QT_CONFIG(accessibility)
        self.endYearSpin.setAccessibleName(QCoreApplication.translate("CouncilTermsDialog", u"\u00daltimo a\u00f1o del per\u00edodo", None))
#endif // QT_CONFIG(accessibility)
        self.seatsLabel.setText(QCoreApplication.translate("CouncilTermsDialog", u"&Regidores elegidos:", None))
        self.legalNumberLabel.setText("")
        self.membersHint.setText(QCoreApplication.translate("CouncilTermsDialog", u"El alcalde y los regidores del per\u00edodo. Quien ingres\u00f3 o dej\u00f3 el cargo durante el per\u00edodo (por ejemplo, un accesitario que reemplaza a un regidor vacado) lleva las fechas \u00abDesde\u00bb y \u00abHasta\u00bb. Las licencias y suspensiones se registran en Secretar\u00eda General \u203a Autoridades y concejo.", None))
#if QT_CONFIG(accessibility)
        self.membersView.setAccessibleName(QCoreApplication.translate("CouncilTermsDialog", u"Miembros del per\u00edodo", None))
#endif // QT_CONFIG(accessibility)
        self.addMemberButton.setText(QCoreApplication.translate("CouncilTermsDialog", u"&Agregar miembro", None))
        self.removeMemberButton.setText(QCoreApplication.translate("CouncilTermsDialog", u"&Quitar miembro", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CouncilTermsDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
