# Generated from ui/authorities.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 306b48b98b26427c8aaa102fbc4cc5a83cf283d8a509f00af9bc6dae8544ff5c
# uic: uic 6.11.3
# output-sha256: 259ff9fe9847b3d8d352bc2974700d23c95991251b7b986f8557c0923e43ec8c
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'authorities.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_Authorities(object):
    def setupUi(self, Authorities):
        if not Authorities.objectName():
            Authorities.setObjectName(u"Authorities")
        self.authoritiesLayout = QVBoxLayout(Authorities)
        self.authoritiesLayout.setObjectName(u"authoritiesLayout")
        self.titleLabel = QLabel(Authorities)
        self.titleLabel.setObjectName(u"titleLabel")

        self.authoritiesLayout.addWidget(self.titleLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateCaption = QLabel(Authorities)
        self.dateCaption.setObjectName(u"dateCaption")

        self.dateLayout.addWidget(self.dateCaption)

        self.dateEdit = QDateEdit(Authorities)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.dateLayout.addWidget(self.dateEdit)

        self.longDateLabel = QLabel(Authorities)
        self.longDateLabel.setObjectName(u"longDateLabel")

        self.dateLayout.addWidget(self.longDateLabel)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.authoritiesLayout.addLayout(self.dateLayout)

        self.holdersView = QTableView(Authorities)
        self.holdersView.setObjectName(u"holdersView")
        self.holdersView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.holdersView.setAlternatingRowColors(True)
        self.holdersView.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.authoritiesLayout.addWidget(self.holdersView)

        self.councilGroup = QGroupBox(Authorities)
        self.councilGroup.setObjectName(u"councilGroup")
        self.councilLayout = QVBoxLayout(self.councilGroup)
        self.councilLayout.setObjectName(u"councilLayout")
        self.councilLabel = QLabel(self.councilGroup)
        self.councilLabel.setObjectName(u"councilLabel")
        self.councilLabel.setWordWrap(True)
        self.councilLabel.setTextFormat(Qt.RichText)

        self.councilLayout.addWidget(self.councilLabel)

        self.councilSplitter = QSplitter(self.councilGroup)
        self.councilSplitter.setObjectName(u"councilSplitter")
        self.councilSplitter.setOrientation(Qt.Horizontal)
        self.councilSplitter.setChildrenCollapsible(False)
        self.councilView = QTableView(self.councilSplitter)
        self.councilView.setObjectName(u"councilView")
        self.councilView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.councilView.setAlternatingRowColors(True)
        self.councilView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.councilView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.councilView.setWordWrap(False)
        self.councilSplitter.addWidget(self.councilView)
        self.historyPane = QWidget(self.councilSplitter)
        self.historyPane.setObjectName(u"historyPane")
        self.historyLayout = QVBoxLayout(self.historyPane)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(0, 0, 0, 0)
        self.historyLabel = QLabel(self.historyPane)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setWordWrap(True)

        self.historyLayout.addWidget(self.historyLabel)

        self.historyView = QTableView(self.historyPane)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyView.setAlternatingRowColors(True)
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.historyView.setWordWrap(False)

        self.historyLayout.addWidget(self.historyView)

        self.councilSplitter.addWidget(self.historyPane)

        self.councilLayout.addWidget(self.councilSplitter)

        self.councilButtonsLayout = QHBoxLayout()
        self.councilButtonsLayout.setObjectName(u"councilButtonsLayout")
        self.statusButton = QPushButton(self.councilGroup)
        self.statusButton.setObjectName(u"statusButton")
        self.statusButton.setAutoDefault(False)

        self.councilButtonsLayout.addWidget(self.statusButton)

        self.councilButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.councilButtonsLayout.addItem(self.councilButtonsSpacer)


        self.councilLayout.addLayout(self.councilButtonsLayout)


        self.authoritiesLayout.addWidget(self.councilGroup)

        self.authoritiesLayout.setStretch(2, 2)
        self.authoritiesLayout.setStretch(3, 3)
#if QT_CONFIG(shortcut)
        self.dateCaption.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Authorities)
    # setupUi

    def retranslateUi(self, Authorities):
        self.titleLabel.setText(QCoreApplication.translate("Authorities", u"Autoridades y funcionarios", None))
        self.dateCaption.setText(QCoreApplication.translate("Authorities", u"En &funciones el d\u00eda:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("Authorities", u"dd/MM/yyyy", None))
        self.longDateLabel.setText("")
#if QT_CONFIG(accessibility)
        self.holdersView.setAccessibleName(QCoreApplication.translate("Authorities", u"Autoridades en la fecha", None))
#endif // QT_CONFIG(accessibility)
        self.councilGroup.setTitle(QCoreApplication.translate("Authorities", u"Concejo Municipal", None))
        self.councilLabel.setText("")
#if QT_CONFIG(accessibility)
        self.councilView.setAccessibleName(QCoreApplication.translate("Authorities", u"Miembros del concejo", None))
#endif // QT_CONFIG(accessibility)
        self.historyLabel.setText(QCoreApplication.translate("Authorities", u"Elija un miembro para ver su historial de licencias, suspensiones y vacancias.", None))
#if QT_CONFIG(accessibility)
        self.historyView.setAccessibleName(QCoreApplication.translate("Authorities", u"Historial del miembro", None))
#endif // QT_CONFIG(accessibility)
        self.statusButton.setText(QCoreApplication.translate("Authorities", u"&Registrar licencia, suspensi\u00f3n o vacancia\u2026", None))
#if QT_CONFIG(tooltip)
        self.statusButton.setToolTip(QCoreApplication.translate("Authorities", u"Anotar un per\u00edodo en que el miembro elegido no es h\u00e1bil (o vuelve a serlo), con el documento que lo dispuso", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
