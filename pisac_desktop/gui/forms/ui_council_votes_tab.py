# Generated from ui/council_votes_tab.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: b1c405c2c85d4d61223ad3d4b8b21d9578e74e7743190b97c4970dc7174fccac
# uic: uic 6.11.3
# output-sha256: 377184208a286ef40f4d32fdc8cce5750982c8ce8299bdfb048c8020fdcab869
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_votes_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_CouncilVotesTab(object):
    def setupUi(self, CouncilVotesTab):
        if not CouncilVotesTab.objectName():
            CouncilVotesTab.setObjectName(u"CouncilVotesTab")
        CouncilVotesTab.resize(700, 520)
        self.tabLayout = QVBoxLayout(CouncilVotesTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.tabLayout.setContentsMargins(4, -1, 4, -1)
        self.itemLayout = QHBoxLayout()
        self.itemLayout.setObjectName(u"itemLayout")
        self.itemComboLabel = QLabel(CouncilVotesTab)
        self.itemComboLabel.setObjectName(u"itemComboLabel")

        self.itemLayout.addWidget(self.itemComboLabel)

        self.itemCombo = QComboBox(CouncilVotesTab)
        self.itemCombo.setObjectName(u"itemCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.itemCombo.sizePolicy().hasHeightForWidth())
        self.itemCombo.setSizePolicy(sizePolicy)
        self.itemCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.itemCombo.setMinimumContentsLength(30)

        self.itemLayout.addWidget(self.itemCombo)


        self.tabLayout.addLayout(self.itemLayout)

        self.majorityLayout = QHBoxLayout()
        self.majorityLayout.setObjectName(u"majorityLayout")
        self.majorityComboLabel = QLabel(CouncilVotesTab)
        self.majorityComboLabel.setObjectName(u"majorityComboLabel")

        self.majorityLayout.addWidget(self.majorityComboLabel)

        self.majorityCombo = QComboBox(CouncilVotesTab)
        self.majorityCombo.setObjectName(u"majorityCombo")
        self.majorityCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.majorityLayout.addWidget(self.majorityCombo)

        self.majoritySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.majorityLayout.addItem(self.majoritySpacer)


        self.tabLayout.addLayout(self.majorityLayout)

        self.votesView = QTableView(CouncilVotesTab)
        self.votesView.setObjectName(u"votesView")
        self.votesView.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.votesView.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.votesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.votesView.setWordWrap(False)
        self.votesView.horizontalHeader().setStretchLastSection(True)

        self.tabLayout.addWidget(self.votesView)

        self.resultLayout = QHBoxLayout()
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLabel = QLabel(CouncilVotesTab)
        self.resultLabel.setObjectName(u"resultLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.resultLabel.sizePolicy().hasHeightForWidth())
        self.resultLabel.setSizePolicy(sizePolicy1)
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.RichText)

        self.resultLayout.addWidget(self.resultLabel)

        self.tiebreakComboLabel = QLabel(CouncilVotesTab)
        self.tiebreakComboLabel.setObjectName(u"tiebreakComboLabel")

        self.resultLayout.addWidget(self.tiebreakComboLabel)

        self.tiebreakCombo = QComboBox(CouncilVotesTab)
        self.tiebreakCombo.setObjectName(u"tiebreakCombo")
        self.tiebreakCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.resultLayout.addWidget(self.tiebreakCombo)


        self.tabLayout.addLayout(self.resultLayout)

        self.deliberationLayout = QHBoxLayout()
        self.deliberationLayout.setObjectName(u"deliberationLayout")
        self.deliberationEditLabel = QLabel(CouncilVotesTab)
        self.deliberationEditLabel.setObjectName(u"deliberationEditLabel")
        self.deliberationEditLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.deliberationLayout.addWidget(self.deliberationEditLabel)

        self.deliberationEdit = QPlainTextEdit(CouncilVotesTab)
        self.deliberationEdit.setObjectName(u"deliberationEdit")
        self.deliberationEdit.setTabChangesFocus(True)
        self.deliberationEdit.setMaximumSize(QSize(16777215, 64))

        self.deliberationLayout.addWidget(self.deliberationEdit)

        self.dispensedCheck = QCheckBox(CouncilVotesTab)
        self.dispensedCheck.setObjectName(u"dispensedCheck")

        self.deliberationLayout.addWidget(self.dispensedCheck)


        self.tabLayout.addLayout(self.deliberationLayout)

        self.votesMessageLabel = QLabel(CouncilVotesTab)
        self.votesMessageLabel.setObjectName(u"votesMessageLabel")
        self.votesMessageLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.votesMessageLabel)

        self.votesButtonsLayout = QHBoxLayout()
        self.votesButtonsLayout.setObjectName(u"votesButtonsLayout")
        self.saveVotesButton = QPushButton(CouncilVotesTab)
        self.saveVotesButton.setObjectName(u"saveVotesButton")
        self.saveVotesButton.setAutoDefault(False)

        self.votesButtonsLayout.addWidget(self.saveVotesButton)

        self.agreementButton = QPushButton(CouncilVotesTab)
        self.agreementButton.setObjectName(u"agreementButton")
        self.agreementButton.setAutoDefault(False)

        self.votesButtonsLayout.addWidget(self.agreementButton)

        self.councilResolutionButton = QPushButton(CouncilVotesTab)
        self.councilResolutionButton.setObjectName(u"councilResolutionButton")
        self.councilResolutionButton.setAutoDefault(False)

        self.votesButtonsLayout.addWidget(self.councilResolutionButton)

        self.ordinanceButton = QPushButton(CouncilVotesTab)
        self.ordinanceButton.setObjectName(u"ordinanceButton")
        self.ordinanceButton.setAutoDefault(False)

        self.votesButtonsLayout.addWidget(self.ordinanceButton)


        self.tabLayout.addLayout(self.votesButtonsLayout)

        self.printButtonsLayout = QHBoxLayout()
        self.printButtonsLayout.setObjectName(u"printButtonsLayout")
        self.votesSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printButtonsLayout.addItem(self.votesSpacer)

        self.printVotesButton = QPushButton(CouncilVotesTab)
        self.printVotesButton.setObjectName(u"printVotesButton")
        self.printVotesButton.setAutoDefault(False)

        self.printButtonsLayout.addWidget(self.printVotesButton)

        self.printSummaryButton = QPushButton(CouncilVotesTab)
        self.printSummaryButton.setObjectName(u"printSummaryButton")
        self.printSummaryButton.setAutoDefault(False)

        self.printButtonsLayout.addWidget(self.printSummaryButton)


        self.tabLayout.addLayout(self.printButtonsLayout)

        self.tabLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.itemComboLabel.setBuddy(self.itemCombo)
        self.majorityComboLabel.setBuddy(self.majorityCombo)
        self.tiebreakComboLabel.setBuddy(self.tiebreakCombo)
        self.deliberationEditLabel.setBuddy(self.deliberationEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CouncilVotesTab)
    # setupUi

    def retranslateUi(self, CouncilVotesTab):
        self.itemComboLabel.setText(QCoreApplication.translate("CouncilVotesTab", u"&Punto:", None))
        self.majorityComboLabel.setText(QCoreApplication.translate("CouncilVotesTab", u"Ma&yor\u00eda requerida:", None))
#if QT_CONFIG(accessibility)
        self.votesView.setAccessibleName(QCoreApplication.translate("CouncilVotesTab", u"Votos", None))
#endif // QT_CONFIG(accessibility)
        self.resultLabel.setStyleSheet(QCoreApplication.translate("CouncilVotesTab", u"padding: 4px;", None))
        self.resultLabel.setText("")
        self.tiebreakComboLabel.setText(QCoreApplication.translate("CouncilVotesTab", u"Voto &dirimente del alcalde:", None))
        self.deliberationEditLabel.setText(QCoreApplication.translate("CouncilVotesTab", u"De&liberaci\u00f3n:", None))
        self.deliberationEdit.setPlaceholderText(QCoreApplication.translate("CouncilVotesTab", u"Lo principal del debate, para el acta", None))
        self.dispensedCheck.setText(QCoreApplication.translate("CouncilVotesTab", u"Con dispensa del tr\u00e1mite\n"
"de lectura y aprobaci\u00f3n del acta", None))
        self.votesMessageLabel.setStyleSheet(QCoreApplication.translate("CouncilVotesTab", u"color: #a40000;", None))
        self.votesMessageLabel.setText("")
        self.saveVotesButton.setText(QCoreApplication.translate("CouncilVotesTab", u"&Guardar votaci\u00f3n", None))
        self.agreementButton.setText(QCoreApplication.translate("CouncilVotesTab", u"Generar &acuerdo\u2026", None))
#if QT_CONFIG(tooltip)
        self.agreementButton.setToolTip(QCoreApplication.translate("CouncilVotesTab", u"Borrador del acuerdo, con la votaci\u00f3n en el considerando; se emite en Normas y resoluciones", None))
#endif // QT_CONFIG(tooltip)
        self.councilResolutionButton.setText(QCoreApplication.translate("CouncilVotesTab", u"Generar resoluci\u00f3n de &concejo\u2026", None))
#if QT_CONFIG(tooltip)
        self.councilResolutionButton.setToolTip(QCoreApplication.translate("CouncilVotesTab", u"Borrador de la resoluci\u00f3n de concejo, con la sesi\u00f3n y la votaci\u00f3n en su base legal; se emite en Normas y resoluciones", None))
#endif // QT_CONFIG(tooltip)
        self.ordinanceButton.setText(QCoreApplication.translate("CouncilVotesTab", u"Generar &ordenanza\u2026", None))
        self.printVotesButton.setText(QCoreApplication.translate("CouncilVotesTab", u"Imprimir &votaci\u00f3n\u2026", None))
        self.printSummaryButton.setText(QCoreApplication.translate("CouncilVotesTab", u"Imprimir &resumen\u2026", None))
        pass
    # retranslateUi
